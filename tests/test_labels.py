"""claimtrace_labels on real sentences: the five labels of the annotation guide."""

from __future__ import annotations

import pytest

import claimtrace
from conftest import only_sentence

CASES = [
    ("Measles cases in the state have risen to 48 this year, the Department of Health said.", "sourced_claim"),
    ("Analysts warned that the merger could raise prices.", "analyst_opinion"),
    ("Military analysts say the loss of Dimitrov could expose Ukrainian supply lines to the west.", "analyst_opinion"),
    ("However, the claim remains unverified by independent sources.", "verification_caveat"),
    ("The figures could not be independently verified.", "verification_caveat"),
    (
        "Those figures come from the airport's own consultants and have not been independently assessed.",
        "verification_caveat",
    ),
    ("The study has not yet been independently replicated.", "verification_caveat"),
    ("Norvalis declined to comment on the report.", "verification_caveat"),
    ("The embassy has not yet publicly responded.", "verification_caveat"),
    (
        "Ukraine's military intelligence agency, which sometimes comments on such attacks, said nothing.",
        "verification_caveat",
    ),
    # Wire copy's non-responses, in every shape.
    ("The ministry could not immediately be reached for comment.", "verification_caveat"),
    ("A spokesman was not immediately available for comment.", "verification_caveat"),
    ("There was no immediate comment from the ministry.", "verification_caveat"),
    ("The Kremlin denied the report.", "verification_caveat"),
    ("He said the result would need to be confirmed with further observations.", "verification_caveat"),
    ("Vaccination coverage fell to 89 percent last year, down from 95 percent in 2019.", "unsourced_claim"),
    # Verification status without a verification verb in the usual shape.
    ("The cause of the fire has not been determined.", "verification_caveat"),
    ("No such study could be found in any medical database.", "verification_caveat"),
    ("His lawyer said he had nothing to do with the fire.", "verification_caveat"),
    ("The jury rejected that account after deliberating for nine hours.", "verification_caveat"),
    ("The claim was rejected by the army.", "verification_caveat"),
    # A claim, or a reported 'that', said to be false; not the writer's own 'That is wrong'.
    ("Unite said that was not true.", "verification_caveat"),
    ('The Electoral Commission said the claim was "not supported by the text" of the bill.', "verification_caveat"),
    ("The ministry said the report was untrue and the figures had been invented.", "verification_caveat"),
    ("The RSF did not claim the attack.", "verification_caveat"),
    # A source that says it did none of a thing denies it; what it did not get is no act of its own.
    ("He said he had broken no rules.", "verification_caveat"),
    ("Families of two patients told reporters outside court that they had never received an apology.", "sourced_claim"),
    # A party that received no offer disputes the report of one (markers.json 'unreceived_approaches').
    ("Lyon said on its website that it had received no offer for Diallo.", "verification_caveat"),
    ("Porto president André Villas-Boas told reporters that no offer had been received.", "verification_caveat"),
    ("Moscow said the reports of civilian casualties were fabricated.", "verification_caveat"),
    ('The Russian embassy in Vilnius called the accusation "groundless".', "verification_caveat"),
    ('The Russian embassy in Berlin called the report "absurd".', "verification_caveat"),
    # the parser hangs the claim on the word that calls it false
    (
        'Armenia\'s defence ministry called the report "disinformation" and said its troops had not opened fire.',
        "verification_caveat",
    ),
    ("The ministry called the reports false and said no soldiers had been killed.", "verification_caveat"),
    ("That is wrong.", "unsourced_opinion"),
    ("Some experts have questioned whether the ship is really Roman.", "verification_caveat"),
    ("The ministry rejected the criticism, saying desalination plants would be ready by 2027.", "verification_caveat"),
    (
        'Apple said the Commission had failed to find "any credible evidence of consumer harm".',
        "verification_caveat",
    ),
    ("Climate scientists have linked the drought to rising temperatures in the Mediterranean.", "analyst_opinion"),
    # A forecast that picks 'one of' a group gives no figure (brewer_takeover_talks; the wording model's to
    # overrule until the rules read it).
    (
        "Analysts at Jefferies said a purchase would give the brewer a foothold in one of the world's "
        "fastest-growing beer markets.",
        "analyst_opinion",
    ),
    # An obligation with a number is a rule or a ruling; without one, a demand.
    ("The council must approve the budget by June 30.", "unsourced_claim"),
    ("Ministers must act before the winter.", "unsourced_opinion"),
    ("Whether they will use them is another question.", "unsourced_opinion"),
    # An answer nobody has is the writer's judgement of what is known (guide: uncertainty is no caveat).
    ("Why the objects were buried is not known.", "unsourced_opinion"),
    ("What the company will do with the site remains unknown.", "unsourced_opinion"),
    # A state a thing will stay in is an announcement, not a forecast.
    ("The chief executive said all stores would remain open while the company sought a buyer.", "sourced_claim"),
    # A source saying in its own reported words that it had not done a thing denies it; what was not done to
    # it is a complaint, and a quotation of what one never saw an experience.
    (
        "Verhelst, 24, said on Instagram that he had never taken a banned substance and would prove his innocence.",
        "verification_caveat",
    ),
    ("The group's spokesman, Lam Paul Gabriel, said its fighters had not been in the area.", "verification_caveat"),
    ("Works council representatives said they had not been consulted.", "sourced_claim"),
    (
        '"We have never seen so many children this sick," said Dr Farhana Akter, a paediatrician at Dhaka '
        "Shishu Hospital.",
        "analyst_opinion",
    ),
    ("It was not possible to verify either account.", "verification_caveat"),
    # A disputed claim is a caveat; a disputed border is a place whose owner is contested.
    ("That figure has been disputed by the landlords' association Haus & Grund.", "verification_caveat"),
    ("The border has been disputed for more than a century.", "unsourced_claim"),
    ("The findings have been disputed.", "verification_caveat"),
    # 'check' is a caveat passive or with 'can', not a party that did not check its own affairs.
    ('"I did not check my own portfolio carefully enough," she wrote.', "analyst_opinion"),
    (
        "It also found that a feature linking parents' and children's accounts had not checked that the adult "
        "was a parent.",
        "sourced_claim",
    ),
    ("That figure could not be independently checked.", "verification_caveat"),
    # A modal that only caps a figure states a range; a forecast of a figure stays one.
    (
        "The Competition and Markets Authority said drivers could pay up to four times as much to charge on a "
        "motorway as at home.",
        "sourced_claim",
    ),
    (
        "The national weather service said in a warning on its website that up to 150 millimetres of rain could "
        "fall in some areas by Monday.",
        "analyst_opinion",
    ),
    # A party that has not said which, whether, how: a caveat; 'did not say much' is not.
    ("The council has not said which departments will be affected.", "verification_caveat"),
    ("The campaign did not publish it.", "verification_caveat"),
    # After 'name', 'identify', 'disclose', 'publish', an object is what is withheld; a product is not.
    ("He did not name the ship or give its flag.", "verification_caveat"),
    ("Police have not identified the victims.", "verification_caveat"),
    ("Apple has not released a foldable phone.", "unsourced_claim"),
    # ... or could not say it: a study's admitted limit.
    (
        "The radar cannot tell species apart, so the study could not say which birds were most affected.",
        "verification_caveat",
    ),
    (
        "The study looked at only one test site, and the researchers said they could not yet say how a full-scale "
        "mine would affect the wider area.",
        "verification_caveat",
    ),
    (
        "Some cautioned that a single detection did not say much about whether any planet could host life.",
        "analyst_opinion",
    ),
    # Speech inside the writer's own clause is not the sentence's source.
    (
        "Wage growth is running at close to 6 percent, well above the level the bank considers consistent with "
        "its target.",
        "unsourced_claim",
    ),
    # 'denied' that refuses something is no denial of a claim.
    ("A former hedge fund manager accused of fraud was denied bail on Monday.", "unsourced_claim"),
    ("The court denied his appeal on Friday.", "unsourced_claim"),
    ("He denied the charges.", "verification_caveat"),
    # A cause still under investigation is unsettled; a body under investigation is news.
    ("The cause of the fire is still under investigation.", "verification_caveat"),
    ("The cause of the blaze is being investigated.", "verification_caveat"),
    ("The cause of the crash was not immediately known.", "verification_caveat"),
    (
        "The company said the cause was not yet known and that an independent inquiry board would investigate.",
        "verification_caveat",
    ),
    # A rank is a fact, whatever the lemmatiser makes of 'largest'.
    ("The dam, which cost about 4 billion dollars, is the largest hydroelectric project in Africa.", "unsourced_claim"),
    # Evidence shows; a thing the writer reads does not.
    ("Court documents show he paid 2 million euros to two officials.", "sourced_claim"),
    ("Satellite imagery shows the camp has doubled in size.", "sourced_claim"),
    ("An autopsy showed he died of a heart attack.", "sourced_claim"),
    ("The case shows how hard it is to prove.", "unsourced_opinion"),
    # A complaint is an opinion; having 'no proof' is a caveat, like having no evidence.
    ("Farmers' groups have complained that testing is slow.", "analyst_opinion"),
    ('Van Dam said he had "no proof, only a feeling".', "verification_caveat"),
    # Outside quotations, 'I think' and 'We believe' are the writer's own voice.
    ("I think the council is making a serious mistake.", "unsourced_opinion"),
    ('"I think we can win," she said.', "analyst_opinion"),
    # A view the writer's sentence reports in passing is not the writer's; evidence the writer reads is.
    ("The manager was denied bail on Monday after prosecutors argued that he was likely to flee.", "unsourced_claim"),
    ("Sunday's deaths show how easily the truce could collapse.", "unsourced_opinion"),
    # A verdict is an event the writer reports, not something the jury says.
    ("A jury in Manchester on Friday found a 34-year-old man guilty of murder.", "unsourced_claim"),
    # 'find' is a caveat only with a negated subject: not finding something is a plain claim.
    ("Police did not find any weapons in the house, a spokesman said.", "sourced_claim"),
    # A belief with a plain noun object; a graded adjective.
    ("Local officials suspect arson.", "analyst_opinion"),
    ("The coach said the team's defending had been very poor.", "analyst_opinion"),
    ("This development marks a significant shift in the ongoing conflict.", "unsourced_opinion"),
    # Guide, section 2: a subject is not a source; uncertainty is not a caveat.
    (
        "The Russian Ministry of Defense's emphasis on the operation's success may serve to bolster domestic morale.",
        "unsourced_opinion",
    ),
    ("The long-term consequences of the battle remain uncertain.", "unsourced_opinion"),
    # ... nor is evidence with no owner: the writer reads it ('The statement highlights' is a speaker's)
    ("The findings strengthen the case for that ban.", "unsourced_opinion"),
    ("The figures raise serious questions about how the council polices its own spending.", "unsourced_opinion"),
    # A standing pledge is background the writer states; news of a pledge is the pledger's claim.
    ("The government has promised to halve knife crime within a decade.", "unsourced_claim"),
    ("Mayor Rosa Delgado promised on Monday to put 500 more police officers on the streets.", "sourced_claim"),
    # The writer characterising: a linking verb with a grading adjective, or a 'For someone,' frame.
    ("Outages of this scale are rare, but they are becoming harder to shrug off.", "unsourced_opinion"),
    ("Naming rights deals are common in America but remain unpopular with many English fans.", "unsourced_opinion"),
    ("The slump is a sharp reversal for a firm that was one of the sector's rising stars.", "unsourced_opinion"),
    ("For many shoppers, Hallberg was the last reason to go into town.", "unsourced_opinion"),
    ("Some lawyers say it is small change for a company with revenue of 400 billion dollars.", "analyst_opinion"),
    ("Environmental groups said the cut did not go far enough.", "analyst_opinion"),  # a measure judged short
    (
        "International observers from the OSCE said the election had been marred by vote buying and pressure on "
        "public sector workers.",
        "analyst_opinion",
    ),
    ("The result leaves the country's bid to join the European Union in doubt.", "unsourced_opinion"),
    ("Fines and bans have done little to change behaviour on the touchline.", "unsourced_opinion"),
    ("The government has done nothing to stop unregulated road building in the hills.", "unsourced_opinion"),
    ("Such conditions on noise and traffic have rarely been enforced in the past.", "unsourced_opinion"),
    ("Lindqvist's position looks weaker than at any time since she took office.", "unsourced_opinion"),
    ("Lagarde told a press conference in Frankfurt that the decision had been unanimous.", "sourced_claim"),
    # A forecast 'for weeks' counts no time exactly: it stays a forecast.
    ("Freight analysts said the disruption would push up spot rates on Asian routes for weeks.", "analyst_opinion"),
    ("The judge rejected that argument.", "verification_caveat"),
    # a judge's reasoning for the majority or in a dissent is the court's view (markers.json opinion phrases)
    (
        "Writing for the majority, Judge Inmaculada Ruiz said the law protected officers' safety without stopping "
        "legitimate reporting.",
        "analyst_opinion",
    ),
    ("That claim could not be checked.", "verification_caveat"),
    ("Neither figure could be independently confirmed.", "verification_caveat"),
    ("None of these accounts could be checked.", "verification_caveat"),  # 'none' as the subject negates the check
    ("The accounts could not be reconciled.", "verification_caveat"),
    ("Neither club commented on the report.", "verification_caveat"),
    ("Scientists said it was too early to say whether climate change had caused the collapse.", "verification_caveat"),
    ("Side effects were mostly mild, it said.", "sourced_claim"),
    ("The authority did not dispute the figure.", "unsourced_claim"),
    ("He did not name them.", "verification_caveat"),
    # A requirement is a fact; a speech verb in an infinitive of degree is no speech.
    ("Only 30 percent of voters took part, short of the 50 percent needed for a valid result.", "unsourced_claim"),
    ("Another defeat like this would make his position very hard to defend.", "unsourced_opinion"),
    ("Air France-KLM and IAG have also said they are interested.", "sourced_claim"),
    # A plea is an event; an addiction a state the barrister reports.
    ("Whitcombe, 41, admitted 22 counts of theft and tampering with medicines.", "unsourced_claim"),
    ("Her barrister told the court that her client had become addicted after a back injury.", "sourced_claim"),
    ("The spokesman declined to give details.", "verification_caveat"),
    ("The club refused to say how much it had paid.", "verification_caveat"),
    # The writer's generalisation about a group is no source: 'Few investors believe him'.
    ("Few investors believe him.", "unsourced_opinion"),
    # Statements of a kind say nothing; certainty adverbs judge.
    ("Such statements rarely survive a big enough offer.", "unsourced_opinion"),
    ("The evacuation almost certainly saved lives.", "unsourced_opinion"),
    # An expectation the source reports of someone else is not the source's forecast.
    (
        "The National Audit Office found last year that the government had overestimated how many homes its "
        "programme would protect.",
        "sourced_claim",
    ),
    # 'appeared to show' hedges what evidence shows; 'appeared to be genuine' judges.
    (
        "Two crew members were injured, the coast guard said, sharing a video that appeared to show the attack.",
        "sourced_claim",
    ),
    ("A researcher told the NOS broadcaster that the data appeared to be genuine.", "analyst_opinion"),
    # The writer's sentence with nothing to check (no figure, date, name or past event) comments.
    ("Money alone will not fix that.", "unsourced_opinion"),
    ("The outcome matters far beyond the courtroom.", "unsourced_opinion"),
    ("Previous grant schemes have been undersubscribed.", "unsourced_claim"),
    ("One child has been admitted to hospital.", "unsourced_claim"),
    # ... but a state, a rank or a time frame is a fact.
    ("The next decision is due on February 6.", "unsourced_claim"),
    ("Last winter there was less snow and more rain.", "unsourced_claim"),
    ("It is the third major breach at a Dutch telecom company in two years.", "unsourced_claim"),
    ("For the first time since 2019, the road was closed to traffic.", "unsourced_claim"),
    # A quotation without figures reads as judgement; with a figure it reads as a claim.
    ('"The players were brave and they never stopped running," the coach said.', "analyst_opinion"),
    ('"We lost 40 percent of our customers in March," the chief executive said.', "sourced_claim"),
    # However long the speaker's description, a quotation that opens the sentence is all that is reported.
    (
        '"The harbour has lost its soul," said Ingrid Dahl, who has run the fish market on the quay since 1987.',
        "analyst_opinion",
    ),
    ('"We sold 4,000 tickets in an hour," said Tom Price, the director of the festival in Bristol.', "sourced_claim"),
    # A few words quoted inside reported speech are the speaker's characterisation, unless they are a figure.
    ('Former Chelsea captain John Terry wrote on X that the team "lacked leaders".', "analyst_opinion"),
    ('The ministry said the death toll had risen to "at least 40".', "sourced_claim"),
    # A forecast of what a thing will do is an opinion; what a person or body will do is an announcement.
    ("Council member Ray Ortiz said the increase would push more families out of the city.", "analyst_opinion"),
    ("Rourke's lawyer, Anne Whitfield, said her client would appeal.", "sourced_claim"),
    # What anyone will feel or want is no decision announced (markers.json forecast_agents 'reactions').
    ("Diners will miss it.", "unsourced_opinion"),
    ("Families in San Rocco al Piano will want to know why nothing changed.", "unsourced_opinion"),
    # What a clause as subject will do is a forecast too (climate_target_slipping_analysis).
    ("Closing the gap will take more than optimism.", "unsourced_opinion"),
    # A time that acts dates nothing: the forecast holds no date (olive_oil_prices_fall).
    ("Another dry year would send prices up again.", "unsourced_opinion"),
    # A government named by its place acts ('the province would take the city to court'; bike_lane_removal_vote).
    ("Derek Saunders said the province would take the city to court if it did not comply.", "sourced_claim"),
    ("The company also said it would cut about 600 jobs.", "sourced_claim"),
    ("The finance department said the tax increase will cost the average owner about $180 a year.", "sourced_claim"),
    # A view held now and reported now, with nothing to count, is an opinion; a figure or a past event is a claim.
    ("Shopkeepers on the high street say the new parking rules are driving customers away.", "analyst_opinion"),
    ("Economists say the currency has further to fall.", "analyst_opinion"),
    ("Shopkeepers say footfall has fallen by a third since the rules came in.", "sourced_claim"),
    (
        "The World Meteorological Organization says heatwaves in the Mediterranean are becoming longer and more "
        "frequent.",
        "sourced_claim",
    ),
    ("Shopkeepers say the council ignored their letters.", "sourced_claim"),
    ("The retailer says it will close the store in Leeds.", "sourced_claim"),
    # An opinion word in the name of a kind of act or offence judges nothing; on its own it still does.
    (
        "La Liga has filed more than 20 complaints about racist abuse this season, according to figures it "
        "published last month.",
        "sourced_claim",
    ),
    ("The judge dismissed two of the six claims, including one alleging unfair competition.", "unsourced_claim"),
    ("The fine is unfair.", "unsourced_opinion"),
    # A company's own forecast with a figure is guidance, a claim; analysts who expect a figure forecast.
    (
        "The company now expects revenue to grow by 9 to 11 percent, down from an earlier forecast of 15 percent.",
        "sourced_claim",
    ),
    (
        "Economists at Harbour Economics expect food inflation to peak at about 5 percent in the autumn.",
        "analyst_opinion",
    ),
    # Remembering someone as something characterises them.
    ("Colleagues remembered her as a demanding but generous teacher.", "analyst_opinion"),
    # What a record shows is the record's, reported in passing.
    (
        "Her 1987 paper showing that overfishing made reefs more vulnerable to disease was one of the first to link "
        "the two.",
        "unsourced_claim",
    ),
    # A comparison against a figure or a record measures; it does not grade.
    (
        "Two government officials told Reuters that the harvest had been smaller than official figures showed.",
        "sourced_claim",
    ),
    # Doubt about what will be is a view; doubt whether something is so questions a claim.
    ("Political scientists doubt that such an arrangement can last.", "analyst_opinion"),
    # A speaker the parser hung on a trailing clause still speaks.
    (
        "Ukrainian drones struck an oil refinery in Russia's Samara region overnight, starting a fire, a source in "
        "Ukraine's military intelligence told Reuters.",
        "sourced_claim",
    ),
    # 'called for' with a clause after it recommends, as 'called for a ban' does.
    ("Dentists have long called for the tax to be extended to milkshakes.", "analyst_opinion"),
    # What would be needed recommends.
    ("Howard said a randomised trial would be needed to settle the question.", "analyst_opinion"),
    # 'best' grades, but not in 'best-selling'.
    ("Their manager, Philippe Clement, said the team was in its best form of the season.", "analyst_opinion"),
    ("The studio sold 3 million copies of its best-selling game last year.", "unsourced_claim"),
    # A state, not a grade: fitness to play, a declared neutrality.
    ("Captain Callum McGregor is fit after missing two weeks with a calf injury, Rodgers said.", "sourced_claim"),
    ("The government has said it will remain neutral on the issue.", "sourced_claim"),
    # A group said to be divided holds views (a country divided is no source: see below).
    ("Economists are divided.", "analyst_opinion"),
    # What will be is no past event, though the verb is a participle; a misparse does not make an event a view.
    ("The company's handling of the attack will be closely watched.", "unsourced_opinion"),
    (
        "The compound, which the team named lariocidin, cleared infections in mice without harming their cells.",
        "unsourced_claim",
    ),
    # Views reported in passing in the writer's sentence, however coordinated, are not the sentence's.
    (
        "British lawmakers voted on Friday to allow terminally ill adults to end their lives with medical help, a "
        "step that supporters called historic and opponents said would put vulnerable people at risk.",
        "unsourced_claim",
    ),
    ("It has not been tested in people.", "verification_caveat"),
    # What a study cannot show is a limit on its claim; what results did not show is a finding.
    ("The study was observational, so it cannot show that the drug caused the difference.", "verification_caveat"),
    ("The study was small and short, and it did not show that the changes harm health.", "verification_caveat"),
    ("The results did not show a benefit for patients over 80.", "unsourced_claim"),
    # A source reading a meaning into an event concludes; what a record shows, or failing to prove, reports.
    (
        "Privacy campaigners said the incident showed that chatbot companies were collecting far more personal "
        "data than users realised.",
        "analyst_opinion",
    ),
    (
        "Health Secretary Daniel Marsh said on X that the figures proved the government's plan was working.",
        "analyst_opinion",
    ),
    ("The ministry said data showed that 40 people had died.", "sourced_claim"),
    # ... but what a record shows with nothing in it to count is the source's reading of it
    ("Education Minister Joost van Leeuwen said the results showed the ban was working.", "analyst_opinion"),
    (
        "Judge Amanda Pryce said the newspaper had failed to prove that Danny Keegan had taken money to influence "
        "results.",
        "sourced_claim",
    ),
    # A test of what will happen, or no sign of it, is the writer's reading; finding no sign of something is not.
    (
        "The decision will test how far Brussels is willing to go in a trade dispute with its second-largest "
        "trading partner.",
        "unsourced_opinion",
    ),
    ("The government has shown little sign of giving ground before next year's election.", "unsourced_opinion"),
    ("Rescuers found no sign of survivors in the wreckage.", "unsourced_claim"),
    # What the writer says of a kind in the present is background (of a quantified kind, a view: see above).
    ("Heart disease is the leading cause of death worldwide.", "unsourced_claim"),
    (
        "A heat pump works like a fridge in reverse, moving heat from the air or the ground outside into a building.",
        "unsourced_claim",
    ),
    (
        "Bleaching happens when corals under heat stress expel the algae that live in their tissues and give them "
        "colour.",
        "unsourced_claim",
    ),
    # The wire's present that places the story after other events tells what happened.
    ("The agreement follows weeks of warning strikes at carmakers and their suppliers.", "unsourced_claim"),
    ("The move comes as the company struggles with falling sales.", "unsourced_claim"),
    # An opinion word in an event's name judges nothing.
    ("The collapse comes six years after the Morandi bridge disaster in Genoa killed 43 people.", "unsourced_claim"),
    # 'is set to' reports what is planned: no view by itself.
    (
        "Celebrity chef Marco Bellani is set to close his flagship London restaurant at the end of the month, "
        "sources close to the family say.",
        "sourced_claim",
    ),
    ("Police said the protest was peaceful.", "sourced_claim"),
    # A company's guidance with a figure is a claim, whether it is named or 'it'.
    ("SAS said it expected to cancel about 200 flights and would rebook passengers where possible.", "sourced_claim"),
    # A patient's condition is a state the hospital reports, however grave the word.
    ("Two of the injured were in a serious condition in hospital on Monday night.", "unsourced_claim"),
    # An evaluative word grades wherever it stands.
    ("London's restaurant industry has had a brutal few years.", "unsourced_opinion"),
    # A state one can check, not a grade.
    (
        "Conversations that users had with a popular AI chatbot were visible to other users for several hours on "
        "Tuesday, according to screenshots shared on Reddit and X.",
        "sourced_claim",
    ),
    # What a source says has happened is an event, not a standing view.
    ("Farmers on its shores say they have lost most of their potato and quinoa crops.", "sourced_claim"),
    # Blaming a cause explains; blaming a party accuses.
    ("The agency blamed falling vaccination rates since the COVID-19 pandemic.", "analyst_opinion"),
    ("Each side blamed the other for starting the fighting.", "sourced_claim"),
    (
        "It blamed the army, which has carried out air strikes on areas held by the paramilitary forces.",
        "sourced_claim",
    ),
    # An act of judging told by another source is part of what that source reports.
    (
        "Fans' groups have called for his resignation, and the club's supervisory board will meet on Thursday, "
        "two board members said.",
        "sourced_claim",
    ),
    # A cause that makes something harder or worse is a judgement; a result compared or measured is not.
    ("Analysts at Jefferies said the cancellation made the 2030 target harder to reach.", "analyst_opinion"),
    ("Rising prices for flour and energy have made things worse.", "unsourced_opinion"),
    (
        "The law, passed last year, made illegal entry a state crime punishable by up to 20 years in prison.",
        "unsourced_claim",
    ),
    ("The deal would make Pereira the most expensive player in the club's history.", "unsourced_claim"),
    ("Strikes like this one make a ceasefire harder to imagine.", "unsourced_opinion"),
    (
        "Cyclone Chido made landfall near the port city of Pemba on Wednesday, killing at least 11 people, "
        "Mozambique's disaster management agency said.",
        "sourced_claim",
    ),
    # A rate is no one a sentence is framed for; a result compared with another is measured; what exists is checkable.
    (
        "For every unit of electricity it uses, a typical air-source heat pump delivers about three units of heat.",
        "unsourced_claim",
    ),
    (
        "That makes it far more efficient than a gas boiler, which converts at most about 90 percent of the gas it "
        "burns into heat.",
        "unsourced_claim",
    ),
    ("There is still no approved treatment.", "unsourced_claim"),
    # How much something is done is no quantity compared.
    (
        "Until electricity becomes cheaper relative to gas, the case for switching will rest more on climate than on "
        "cost.",
        "unsourced_opinion",
    ),
    # A preference is a view.
    ("Moretti said he would prefer a buyer who kept production in Italy.", "analyst_opinion"),
    # A clause on all that went before, and the noun a relative clause's speaker reports on.
    (
        "Household debt in Sweden is among the highest in Europe, which makes the economy unusually sensitive to "
        "interest rates.",
        "unsourced_opinion",
    ),
    ("About 50 hostages remain in Gaza, of whom Israeli officials believe about 20 are alive.", "analyst_opinion"),
    # 'so' opening a clause gives a reason, not a degree; being close to a deal is a state.
    ("Pasteurisation kills the virus, so pasteurised milk is safe to drink.", "unsourced_claim"),
    (
        "Everton are close to being sold to an American investment group, sources have told this newspaper.",
        "sourced_claim",
    ),
    # Not answering is a caveat.
    ("It did not answer our questions.", "verification_caveat"),
    # Quoted words saying what something is judge it, however long the quotation.
    (
        "The rights group Liberty, which brought the case, said the ruling was "
        '"a victory for everyone who cares about the right to protest".',
        "analyst_opinion",
    ),
    # What a proposal would do is a forecast; 'that' is no one deciding what they will do.
    ("Environmental campaigners say that would reward companies that failed to prepare.", "analyst_opinion"),
    ("It said it had received no complaints that would change the outcome.", "sourced_claim"),
    # A position with a number on it is a claim.
    ("The UFO union is demanding a 15 percent pay rise over 18 months.", "sourced_claim"),
    ("Protesters demanded an apology.", "analyst_opinion"),
    # A request is a recommendation; a quantity compared with another is checkable.
    ("Industry groups had asked for a longer transition period.", "analyst_opinion"),
    ("That is more than the country spends on all cancer drugs combined.", "unsourced_claim"),
    # A company's own forecast with figures is guidance, whatever noun names the company.
    (
        "The Dutch brewer now expects operating profit to grow by 4 to 8 percent this year.",
        "sourced_claim",
    ),
    # What a study cannot establish, or a method nobody validated, is a caveat; a result that showed nothing is not.
    ("The authors cautioned that the study does not show that microplastics cause dementia.", "verification_caveat"),
    (
        "Other scientists said the method used to measure the particles had not been validated by other laboratories.",
        "verification_caveat",
    ),
    ("The results did not show a benefit.", "unsourced_claim"),
    # a record or claim called fake disputes it
    ("The ministry said the video was fake.", "verification_caveat"),
    ("The army called the report fake.", "verification_caveat"),
    # what a finding is not evidence of is a caveat on it
    (
        '"This is not evidence of life, and we want to be very clear about that," said Elena Marsh, a planetary '
        "scientist at the Jet Propulsion Laboratory and a co-author of the study.",
        "verification_caveat",
    ),
    # evidence said not to hold disputes it, as a claim said to be false does
    (
        "ChargeUK, which represents charging companies, said the survey did not reflect its own data, which show "
        "that chargers work 99 percent of the time.",
        "verification_caveat",
    ),
    # Evidence too weak, or not enough, to tell is a caveat, unless it trails a judgement in a second clause.
    (
        "Several astronomers who were not involved said the signal was too weak to rule out chance.",
        "verification_caveat",
    ),
    ("Campaigners for a ban said the study was too small to settle the question.", "verification_caveat"),
    (
        "The trial did not follow the women long enough to show whether the extra cancers found would have caused "
        "harm.",
        "verification_caveat",
    ),
    (
        "The foundation said the results were promising but that the trial was too small to say whether the effect "
        "would last.",
        "analyst_opinion",
    ),
    # a cause a source names: 'reflected' as 'reflects'
    ("Vertex said the agreement reflected the value of its medicines.", "analyst_opinion"),
    # a feeling a body voices, and the writer's generalisation
    ("The UCI, cycling's governing body, said it regretted the team's closure.", "analyst_opinion"),
    ("Price wars tend to end when one of the big chains decides its margins can take no more.", "unsourced_opinion"),
    # An explanation nobody has tested is a caveat; a drug not tested in children is a fact about trials.
    ("That explanation has not been tested in any published study.", "verification_caveat"),
    ("The drug has not been tested in children.", "unsourced_claim"),
    # 'No evidence', whatever stands between; a disagreement with what was said.
    ("There is no public evidence yet that the damage was deliberate.", "verification_caveat"),
    ("A judge investigating the response disagrees.", "verification_caveat"),
    ('In the view of his lawyer, the case rests on "the word of a businessman".', "analyst_opinion"),
    # A clinical or physical degree describes.
    ("Greece has suffered increasingly severe wildfires in recent summers.", "unsourced_claim"),
    # Thanks praise.
    ('The club thanked him for his "commitment and professionalism".', "analyst_opinion"),
    # A caveat in a trailing clause is a hedge on the claim, not the sentence's point.
    ("The army said it had shot down 40 drones, a claim that could not be independently verified.", "sourced_claim"),
    # an act, not a call for something: the preposition carries content only when there is no object
    (
        "Prime Minister Lars Holm called a snap general election for March 9 on Wednesday, a year earlier than "
        "required.",
        "unsourced_claim",
    ),
    # a figure reported is what the reporter says; an act of reporting is not
    ("Barclays reported a 12 percent rise in third-quarter profit on Thursday.", "sourced_claim"),
    ("The ministry reported 40 new cases of cholera on Tuesday.", "sourced_claim"),
    ("Google reported a similar result in the journal Nature last year.", "sourced_claim"),  # a finding, no figure
    ("The team also reported a weak signal of dimethyl sulphide, a gas made only by living things.", "sourced_claim"),
    ("The shop owner reported the theft to police on Monday.", "unsourced_claim"),
    # 'put ... at' attributes an estimate, not a risk
    ("The shortage is putting patients at risk.", "unsourced_opinion"),
    ("Viking Line, the largest operator on the route, put the figure at about half.", "sourced_claim"),
    # a thing that 'says more about' something reveals it: nobody speaks
    ("Gold pays no interest, so a record price says more about fear than about value.", "unsourced_opinion"),
    # so does a thing that 'is telling', the adjective: nobody is told anything
    ("The ministry's silence on the ship itself is telling.", "unsourced_opinion"),
    ("Royal Mail said more than 1,600 of its staff had been attacked by dogs last year.", "sourced_claim"),
    # a declaration with a clause says something; declaring an emergency, or oneself bankrupt, is an act
    ("Bolivia's government has declared an emergency in 15 towns around the lake.", "unsourced_claim"),
    ("The council declared itself effectively bankrupt in 2023.", "unsourced_claim"),
    ("The minister declared that the crisis was over.", "sourced_claim"),
    ("TikTok said it disagreed with the decision and with the size of the fine.", "verification_caveat"),
    # saying a witness lied disputes the testimony, a caveat on it
    ("His barrister, Sophie Hale, told the jury that Coles had lied to win a lighter sentence.", "verification_caveat"),
    # a denial beside what the speaker said is the sentence's point, unlike a detail left out of it
    (
        'The company, Charmly, said it was "heartbroken" but denied that its product was to blame.',
        "verification_caveat",
    ),
    # what the parser reads as the subject of a participle under 'with' is what is forecast
    ("The agency issued an alert on Tuesday, with temperatures forecast to reach 43 degrees.", "unsourced_claim"),
    # a verdict the parser hangs on the defendant
    (
        "A jury at the Old Bailey on Monday found a police firearms officer not guilty of murdering a man he shot "
        "during a car stop in south London in 2022.",
        "unsourced_claim",
    ),
    ("The survey of 1,000 voters has a margin of error of about three percentage points.", "unsourced_claim"),
    # the denial idiom
    (
        "Peter Kalina said in a statement that he had done nothing wrong but was stepping down so as not to harm "
        "the government.",
        "verification_caveat",
    ),
]


NOT_OVERRULED = {
    "The deal would make Pereira the most expensive player in the club's history.",
}
"""Sentences the rules label wrongly (here the writer's 'would make' read as a forecast) that the wording model
(claimtrace_wording) set right only at its old thresholds: 0.242 is under the old 0.25 but not under 0.2 (the
fourteenth session, corpus/README.md). Strict, so that a change of rules or model that mends it shows.

Until that session the list held the opposite: sentences the rules label right and the model overruled wrongly.
"Air France-KLM and IAG have also said they are interested." (0.716) and "Pasteurisation kills the virus, so
pasteurised milk is safe to drink." (0.772) left it when the opinion threshold rose from 0.7 to 0.8; "The results
did not show a benefit." had crossed 0.7 back and forth as the model learnt from more articles (0.71 at batch 63,
0.69 at 65, 0.74 at 69, 0.70 at 89, 0.698 at 92, 0.701 at 109, 0.634 at 116)."""


OVERRULED = {
    "The results did not show a benefit.",
    "Police said the protest was peaceful.",
}
"""Sentences the rules label right that the wording model, learnt again in the seventeenth session from 891 dev
articles, overrules: its opinion probabilities, 0.85 and 0.81, are just over the 0.8 threshold (0.797 and under
0.8 before; corpus/README.md). Strict, so that a change of rules or model that mends them shows."""


def _expect_known_failure(request: pytest.FixtureRequest, text: str) -> None:
    if text in NOT_OVERRULED:
        request.applymarker(pytest.mark.xfail(strict=True, reason="the rules misread it; the model is not sure enough"))
    if text in OVERRULED:
        request.applymarker(pytest.mark.xfail(strict=True, reason="the rules read it right; the model overrules them"))


@pytest.mark.parametrize(("text", "label"), CASES, ids=[c[0][:40] for c in CASES])
def test_label(text, label, request):
    _expect_known_failure(request, text)
    assert only_sentence(text).label == label


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Russian forces have reportedly taken the town, officials said.", "reportedly"),
        ("Officials said the suspect had allegedly bought the weapon online.", "allegedly"),
        (
            "The army said it had shot down 40 drones, a claim that could not be independently verified.",
            "could not be independently verified",
        ),
        ("The company is widely reported to be working on one, analysts said.", "is widely reported to"),
        # what the speaker left out of the claim just made
        (
            "The regional governor, Vyacheslav Fedorishchev, said on Telegram that an industrial site had been "
            "attacked but did not say which.",
            "did not say",
        ),
    ],
)
def test_hedges_are_recorded_on_the_claim(text, hedge, request):
    sentence = only_sentence(text)
    assert [h.text for h in sentence.hedges] == [hedge]
    _expect_known_failure(request, text)
    assert sentence.label == "sourced_claim"


@pytest.mark.parametrize(
    "text",
    [
        "It is understood that the club will sell its star striker.",
        "It has been claimed that the mayor misused council funds.",
    ],
)
def test_an_impersonal_attribution_hedges_the_writers_claim(text):
    """'It is understood that ...' cites nobody: the claim is the writer's, hedged, and the editor is told."""
    report = claimtrace.annotate(text)
    (sentence,) = report.sentences
    assert sentence.label == "unsourced_claim"
    assert [h.text for h in sentence.hedges] == [text.split(" that")[0]]
    assert "hedged_without_caveat" in {w.kind for w in report.warnings}


@pytest.mark.parametrize(
    "text",
    [
        "Residents said they had never seen flooding like it.",
        "The coach said he had not expected such a heavy defeat.",
        "She said she had never been so happy.",
        '"I cannot tell you how proud I am," she said.',
        "Zanardi said he had not decided whether to stay.",
        # 'not true of' says what does not apply; it refutes no claim
        "He said that was not true of every club in the league.",
    ],
)
def test_what_a_source_saw_felt_or_expected_is_no_caveat(text):
    assert only_sentence(text).label != "verification_caveat"


def test_a_country_divided_is_no_group_holding_a_view():
    text = (
        "A country that once saw itself as the region's most pro-Western is now deeply divided over which way to turn."
    )
    assert only_sentence(text).attributions == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # background the writer states (markers.json 'provisions')
        ("The law contains no power to take land from its owners.", "unsourced_claim"),
        ("The treaty bans the use of cluster munitions in populated areas.", "unsourced_claim"),
        # an obligation with a number
        ("The company must pay a fine of 1.2 billion euros within six months, the regulator ruled.", "sourced_claim"),
        # a modal in what a court rules (markers.json 'rulings')
        ("The court ruled in 2021 that only the federal government could regulate rents.", "sourced_claim"),
        (
            "The European Union's top court ruled on Thursday that member states may not grant emergency exemptions "
            "for pesticides that the bloc has banned to protect bees.",
            "sourced_claim",
        ),
        # what a thing can do, a known effect (markers.json 'known_effects')
        ("The drug can cause swelling and bleeding in the brain.", "unsourced_claim"),
        ("Fine particles can pass from the lungs into the blood.", "unsourced_claim"),
        ("The infection can kill within days if it is not treated.", "unsourced_claim"),
        # a medical description holds an opinion word without judging (markers.json opinion 'terms')
        ("Measles can cause serious complications, including pneumonia.", "unsourced_claim"),
        # the writer's forecast of what a thing would do (takeover_bid_rejected)
        ("A bidding war would suit DS Smith's shareholders.", "unsourced_opinion"),
        # a 'neither' on the owner of the subject negates the check (izmail_port_drone_strike)
        ("Neither side's account could be checked independently.", "verification_caveat"),
        # an opinion word that is a verb doing something to an object ('damaging grain silos')
        (
            "Drones struck the Danube port of Izmail overnight, damaging grain silos and injuring two workers, the "
            "regional governor said on Telegram.",
            "sourced_claim",
        ),
        # the writer's advice: a modal on a verb of belief gives its subject no view
        ("Customers should expect a wave of convincing scam calls.", "unsourced_opinion"),
        ("Drivers can expect long delays on the M6 this weekend.", "unsourced_opinion"),
        # a source's quoted name for what it looks into (markers.json 'quoted_names')
        ('The bank said it had detected "suspicious logins" on a small number of accounts.', "sourced_claim"),
        # judging phrases (markers.json opinion 'phrases')
        ("Parents have been let down by years of mixed messages about vaccines.", "unsourced_opinion"),
        ("The ministry's forecast depends on autumn rain, which is hard to predict.", "unsourced_opinion"),
        # what a study could not show (markers.json 'ability_caveats'), what neither party has said ('withheld')
        ("They said the study could not show that the phones caused the lost sleep.", "verification_caveat"),
        ("Neither has said whether it is willing to join.", "verification_caveat"),
        # how often one group does a thing against another is a measured finding; one party's odds are a forecast
        (
            "The researchers said birds that took a western route through Spain were more likely to die on the way "
            "than those that crossed Italy.",
            "sourced_claim",
        ),
        (
            "In the trial, patients given the drug were less likely to need hospital care than those given a placebo.",
            "unsourced_claim",
        ),
        ("Analysts said the bank was more likely to cut rates in June than in May.", "analyst_opinion"),
        # the writer's forecast on a condition, unless a figure follows
        ("If the deadline holds, Brenner will have lost years it cannot get back.", "unsourced_opinion"),
        (
            "If confirmed, it would be the first such find in a sample collected directly from a comet rather than "
            "from a meteorite.",
            "unsourced_opinion",
        ),
        ("If convicted, he would face up to ten years in prison.", "unsourced_claim"),
        # an offence's name holds an opinion word without judging (markers.json opinion 'terms')
        (
            "The driver of the other car, Ethan Pryce, 22, was jailed for two years for dangerous driving.",
            "unsourced_claim",
        ),
        ("The retreat was a long time coming.", "unsourced_opinion"),
        # a 'not' after the act sets one reason against another; it denies nothing
        (
            "The company, BetNorth, said it had hired Ashcroft for his knowledge of marketing, not of politics.",
            "sourced_claim",
        ),
        # a place-classing adjective grades nothing (markers.json 'state_adjectives')
        ("The Department of Health said there was no national shortage.", "sourced_claim"),
        # a standing view, with a finite verb the tagger took for a bare infinitive ('fines ... make')
        ("Campaigners say fines of this size make no difference.", "analyst_opinion"),
        # a modal in the question someone is to settle
        (
            "Voters in the canton of Ticino will decide in June whether primary schools should move to a four-day "
            "week.",
            "unsourced_claim",
        ),
        # 'less about X than about Y' compares no quantities
        ("The standoff is less about territory than about pride.", "unsourced_opinion"),
        # what a law obliges (markers.json 'rulings')
        (
            "Apple and Google must allow rival app stores on their phones in Japan from December under a law passed "
            "by parliament on Wednesday.",
            "unsourced_claim",
        ),
        # a caveat on a noun in what a source reports ('found no such problems')
        (
            "Nordvik said its own audits had found no such problems and that it would investigate.",
            "verification_caveat",
        ),
        # a modal in a clause joined to what a court rules (markers.json 'rulings')
        (
            "A Dutch court ruled on Thursday that drivers for parcel delivery company Snelpost are employees, not "
            "self-employed contractors, and must be paid holiday pay and sick pay.",
            "sourced_claim",
        ),
        # a claim contradicted (markers.json caveat_verbs 'rejecting')
        ("The judges said the video contradicted his account.", "verification_caveat"),
        # a thing found wanting for its task (markers.json opinion 'phrases')
        ("The city's grid was not built for summers like this one.", "unsourced_opinion"),
        # the writer's forecast of what someone will say is no report of it
        ("Both sides will claim the numbers prove them right.", "unsourced_opinion"),
        # a claim said to be true is confirmed (markers.json 'refuted')
        ("The figure is correct, according to the national statistics office.", "verification_caveat"),
        # a place's name holds an opinion word without judging (markers.json opinion 'terms')
        (
            "A court in Lisbon has upheld the city's ban on new short-term rental licences in its historic centre.",
            "unsourced_claim",
        ),
        # a study only able to show a link (markers.json 'ability_caveats')
        ("The study could only show an association, the authors said.", "verification_caveat"),
        # a withholding with an adverb after its 'not' (markers.json 'withheld')
        ("Ukraine has not officially claimed it.", "verification_caveat"),
        # a change in how often or how dear something is, under way or past, is a trend; one foretold is a forecast
        ("Recalls of this kind have become common as cars rely more on software.", "unsourced_claim"),
        ("Days like this will become more common.", "unsourced_opinion"),
        # a change measured from a point in time
        (
            "Insurance for ships calling at Russian ports has become much more expensive since the attacks began.",
            "unsourced_claim",
        ),
        # the name someone gave a thing the writer reports, quoted, is no judgement
        (
            'An oil tanker was hit by what its operator described as "an external explosion" off the Turkish coast '
            "on Friday.",
            "unsourced_claim",
        ),
        # quoted words after an article outside the quotation marks are a term, the name of a thing
        (
            'Princess Cruises said it had carried out an "enhanced cleaning" of the ship before its next voyage.',
            "sourced_claim",
        ),
        # a caveat in the clause the parser hung on the medium ('a report that it had found ...')
        ("The regulator said in a report that it had found no evidence of price rigging.", "verification_caveat"),
        # evidence nobody else has checked (markers.json caveat_verbs 'claim_subject_only')
        ("The findings have not yet been reviewed by other scientists.", "verification_caveat"),
        # ... and an idea nobody could test yet (markers.json caveat_verbs 'untested_nouns')
        ("He said the team could not yet test that idea.", "verification_caveat"),
        # an adverb of manner judges nothing (markers.json 'manner_adverbs')
        ("The UN humanitarian office said the vehicle was clearly marked.", "sourced_claim"),
        # a train that is late is a fact (markers.json characterisation 'state_adjectives')
        ("Passengers are told that their train is late because of leaves on the line.", "unsourced_claim"),
        # the right message (markers.json opinion phrases)
        ("The union said the sentence sent the right message to owners.", "analyst_opinion"),
        # how often one group does a thing against another is a finding (grammar.compares_rates)
        (
            "Those who listened to music through earbuds for more than an hour a day were more likely to have it, "
            "the study found.",
            "sourced_claim",
        ),
        # information withheld (markers.json withheld 'information_verbs'), unlike a date for a plan
        ("Russia's defence ministry did not give a figure.", "verification_caveat"),
        ("It did not give a date.", "unsourced_claim"),
        # what an act is for is part of the act, no forecast
        ("He said he was resigning so that the row would not harm parliament.", "sourced_claim"),
        # a denial of one's own act in one's own quoted words
        ('Beridze said he had "never knowingly taken anything banned."', "verification_caveat"),
        # a judge's dissent is a view (cues.json 'opinion_channels')
        ("In a dissent, Judge Anna Wrobel wrote that a prosecutor answers to the government.", "analyst_opinion"),
        # the quoted name of a target struck (markers.json 'quoted_names')
        (
            'Russia\'s defence ministry said it had struck "military infrastructure" used to receive Western weapons.',
            "sourced_claim",
        ),
        # what a ruling finds lawful is a state, no characterisation ('state_adjectives')
        ("The court ruled that the law was compatible with the constitution.", "sourced_claim"),
        # a grade given (markers.json 'grades') and concerns raised (opinion 'terms') judge nothing
        ("Inspectors rated three care homes run by the group as inadequate, the regulator said.", "sourced_claim"),
        ("A nurse said staff had raised concerns about hygiene for months.", "sourced_claim"),
        # reports said not to reflect the truth are disputed (markers.json refuted 'supported_verbs')
        (
            '"These reports do not reflect the care our teams give every day," its chief executive said.',
            "verification_caveat",
        ),
        # a stance kept is a state ('state_adjectives'); a modal in a time clause tells when ('time_clauses')
        ("The club's owner said in a statement on Monday that it remained committed to the project.", "sourced_claim"),
        ("Most were bought for their potential and sold before they could fulfil it.", "unsourced_claim"),
        # the writer's 'taking a risk' (markers.json opinion phrases)
        (
            "But an airline that grows this fast with a third of its fleet out of action is taking a risk.",
            "unsourced_opinion",
        ),
        # what could not be done is a fact (markers.json 'inability'); what could not be worse is a judgement
        ("Customers could not log in to the app for about seven hours on Friday, the bank said.", "sourced_claim"),
        ('"The timing could not be worse for passengers," an analyst said.', "analyst_opinion"),
        # an adjective on a measure grades nothing
        (
            "Its maximum extent, reached on September 19, was 17.2 million square kilometres, the centre said.",
            "sourced_claim",
        ),
        # a superlative places ('the most common cause'); a link found absent disputes a claimed one
        ("RSV is the most common cause of hospital admission in babies in their first year.", "unsourced_claim"),
        ("The report found no link between solar power and the fault.", "verification_caveat"),
        # what a government or group asked for, told of by another source, is an act reported
        (
            "Premier Laura Whitfield told a news conference in Edmonton that the province had asked Ottawa for "
            "military help.",
            "sourced_claim",
        ),
        ("Some GPs said patients were increasingly demanding antibiotics for coughs and colds.", "sourced_claim"),
        # a wish with a clause of its own holds a view; 'hoped to' tells a plan
        ("Local officials in Magdeburg said they still hoped the plant would be built.", "analyst_opinion"),
        ("Historic England said it hoped to fund a full excavation within five years.", "sourced_claim"),
        # what a source had expected before the outcome records a forecast; naming what is to blame interprets
        ("All 18 economists polled by Reuters had expected the decision.", "sourced_claim"),
        ("Road construction on the slope above the village is almost certainly to blame.", "unsourced_opinion"),
        # ineligible is a state
        (
            "One woman said she had turned 40 while on the list, which made her ineligible for treatment.",
            "sourced_claim",
        ),
    ],
)
def test_the_rules_themselves_read_what_the_wording_model_had_been_fixing(text, label):
    """The rules themselves give these labels, where they had left them to the wording model (or got them wrong)."""
    sentence = only_sentence(text)
    assert (sentence.label, sentence.label_by) == (label, "rules")
