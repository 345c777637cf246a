#!/usr/bin/env python3
"""Writes a synthetic course of N questions, deterministic for a seed, for benchmarks.

Each question has 2-8 options, a long answer with code, quotes, lists and a table, 1-5 references
and some unicode. With --hugo the same Markdown is also written as a Hugo site (content/ plus a
minimal layout), so both tools render equivalent pages. With --site it is also written as a minimal
Maven project for maven-site-plugin 3.21.0 with doxia-module-markdown 2.0.0 (Flexmark): a pom.xml
whose site has the project-info reports switched off, so that `mvn site` renders only the pages,
one src/site/markdown/NAME.md per question (the Hugo page's body under the question's `# title`
line, from which Doxia takes the page's title) and an index.md listing them, as Hugo's list page does.

    gen_course.py N OUT [--seed S] [--hugo HUGO_OUT] [--site SITE_OUT]
"""
import argparse
import os
import random

WORDS = ("batch gradient noise minimum learning rate model layer tensor memory GPU epoch "
         "sample loss accuracy weight bias optimizer momentum schedule warmup regularization "
         "overfitting dataset validation test train network convolution attention token").split()
UNICODE = ["naïve café", "Größe", "日本語のテキスト", "中文测试", "한국어", "שלום עולם", "مرحبا",
           "emoji 🚀✨", "e\u0301 combining", "Ελληνικά", "русский текст"]

# maven-site-plugin with the Markdown module; generateReports=false and excludeDefaults leave out
# the project-info reports, so `mvn site` renders the Markdown pages (and copies the skin) only.
SITE_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.quizsite.bench</groupId>
  <artifactId>site-plugin-course</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <name>Bench</name>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-site-plugin</artifactId>
        <version>3.21.0</version>
        <configuration>
          <generateReports>false</generateReports>
        </configuration>
        <dependencies>
          <dependency>
            <groupId>org.apache.maven.doxia</groupId>
            <artifactId>doxia-module-markdown</artifactId>
            <version>2.0.0</version>
          </dependency>
        </dependencies>
      </plugin>
    </plugins>
  </build>
  <reporting>
    <excludeDefaults>true</excludeDefaults>
  </reporting>
</project>
"""


def sentence(rng, n=None):
    n = n or rng.randint(8, 22)
    words = [rng.choice(WORDS) for _ in range(n)]
    if rng.random() < 0.2:
        words.insert(rng.randrange(len(words)), rng.choice(UNICODE))
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."


def paragraph(rng, sentences=None):
    return " ".join(sentence(rng) for _ in range(sentences or rng.randint(2, 5)))


def question(rng, i):
    title = f"Question {i}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6)))
    n_options = rng.randint(2, 8)
    correct = set(rng.sample(range(n_options), rng.randint(1, max(1, n_options // 2))))
    lines = [f"# {title}", "", paragraph(rng), "", paragraph(rng), "",
             f"**{sentence(rng, 10)[:-1]}?**", ""]
    for o in range(n_options):
        mark = "x" if o in correct else " "
        lines.append(f"- [{mark}] Option {o + 1}: {sentence(rng, rng.randint(5, 14))}")
    lines += ["", "## Answer", "", paragraph(rng, 4), "", "> " + sentence(rng), "",
              "```python", "def step(batch, lr=0.01):",
              "    loss = model(batch).mean()", "    loss.backward()",
              "    for p in model.parameters():", "        p.data -= lr * p.grad", "    return loss", "```", ""]
    lines += [f"- {sentence(rng, 6)}" for _ in range(rng.randint(2, 5))]
    lines += ["", "| batch | error |", "|---|---|"]
    lines += [f"| {2 ** k} | {rng.uniform(20, 30):.2f} |" for k in range(5, 5 + rng.randint(2, 5))]
    lines += ["", paragraph(rng, 5), "", paragraph(rng, 3), "", "## References", ""]
    for r in range(rng.randint(1, 5)):
        lines.append(f"- [Reference {r + 1} of question {i}](https://example.org/papers/{i}/{r})")
    return title, "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--hugo")
    ap.add_argument("--site")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    if args.hugo:
        os.makedirs(os.path.join(args.hugo, "content", "q"), exist_ok=True)
        write_hugo_layout(args.hugo)
    if args.site:
        os.makedirs(os.path.join(args.site, "src", "site", "markdown"), exist_ok=True)
        write(os.path.join(args.site, "pom.xml"), SITE_POM)
    index = []
    for i in range(args.n):
        title, text = question(rng, i)
        name = f"q{i:05d}"
        write(os.path.join(args.out, name + ".md"), text)
        if args.hugo:
            body = text.split("\n", 1)[1]  # Hugo takes the title from front matter
            write(os.path.join(args.hugo, "content", "q", name + ".md"), f'---\ntitle: "{title}"\n---\n{body}')
        if args.site:
            # Doxia takes the page's title from its first heading, and its skin writes no heading of its
            # own: the question's `# title` line stands for Hugo's front matter and its layout's <h1>.
            write(os.path.join(args.site, "src", "site", "markdown", name + ".md"), text)
            index.append(f"1. [{title}]({name}.html)")
    if args.site:
        write(os.path.join(args.site, "src", "site", "markdown", "index.md"),
              "# Bench\n\n" + "\n".join(index) + "\n")


def write(path, text):
    """Writes text as UTF-8 whatever the locale: the questions hold non-ASCII text."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_hugo_layout(root):
    os.makedirs(os.path.join(root, "layouts", "_default"), exist_ok=True)
    write(os.path.join(root, "hugo.toml"),
          'baseURL = "http://localhost/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
          "[markup.highlight]\n  codeFences = false\n")
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
            '<link rel="stylesheet" href="/quiz.css"><script src="/quiz.js" defer></script></head>'
            '<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n')
    listing = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
               '<body><main><h1>{{ .Site.Title }}</h1><ol>{{ range .Site.RegularPages }}'
               '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></main></body></html>\n')
    for name, text in (("single.html", page), ("list.html", listing)):
        write(os.path.join(root, "layouts", "_default", name), text)


if __name__ == "__main__":
    main()
