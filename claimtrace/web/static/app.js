// The editors' page: send the article, show the rendered report, offer downloads.
// No framework and nothing from the network: every asset is served by the app.
"use strict";

const form = document.getElementById("article-form");
const textBox = document.getElementById("article-text");
const fileInput = document.getElementById("article-file");
const button = document.getElementById("annotate");
const statusLine = document.getElementById("status");
const result = document.getElementById("result");
const frame = document.getElementById("report");

function say(message, isError = false) {
  statusLine.textContent = message;
  statusLine.classList.toggle("error", isError);
}

function articleBody() {
  const data = new FormData();
  if (fileInput.files.length > 0) {
    data.append("file", fileInput.files[0]);
  } else {
    data.append("text", textBox.value);
  }
  return data;
}

async function detail(response) {
  try {
    const body = await response.json();
    return typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
  } catch {
    return response.statusText;
  }
}

function offerDownload(linkId, content, type) {
  const link = document.getElementById(linkId);
  if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([content], { type }));
}

async function annotate(event) {
  event.preventDefault();
  if (fileInput.files.length === 0 && textBox.value.trim() === "") {
    say("Paste an article or choose a file first.", true);
    return;
  }
  button.disabled = true;
  say("Annotating…");
  try {
    const response = await fetch("/api/annotate", { method: "POST", body: articleBody() });
    if (!response.ok) throw new Error(await detail(response));
    const report = await response.json();
    const json = JSON.stringify(report, null, 2);
    const rendered = await fetch("/api/render", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: json,
    });
    if (!rendered.ok) throw new Error(await detail(rendered));
    const page = await rendered.text();
    frame.srcdoc = page;
    offerDownload("download-json", json, "application/json");
    offerDownload("download-html", page, "text/html");
    result.hidden = false;
    const counts = report.sentences.length;
    say(`${counts} sentences annotated, ${report.warnings.length} warnings.`);
  } catch (error) {
    say(`Could not annotate: ${error.message}`, true);
  } finally {
    button.disabled = false;
  }
}

form.addEventListener("submit", annotate);
