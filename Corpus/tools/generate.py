#!/usr/bin/env python3
"""Writes the bundled Corpus: every article as an HTML news page and as a
copy-pasted plain-text page, from the sources in articles_*.py.

    python3 Corpus/tools/generate.py

The articles are original texts written for ArgMap (see Corpus/README.md).
Each page template imitates a different kind of CMS so the corpus also
exercises the HTML ingester. The generated files are committed; rerun this
script only after editing an article source, then regenerate the goldens
(ARGMAP_UPDATE_GOLDENS=1 swift test --filter CorpusGoldenTests).
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from articles_a import ARTICLES as A  # noqa: E402
from articles_b import ARTICLES as B  # noqa: E402
from articles_long import ARTICLES as L  # noqa: E402

CORPUS = os.path.dirname(HERE)
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


# ---------------------------------------------------------------- body model

def smart(text):
    """Typographic quotes and apostrophes, as most CMSs print them."""
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text)
    text = text.replace("'", "\u2019")
    return text


def parse_body(src, use_smart):
    """Blocks of an article source: blank-line separated; `## ` crosshead,
    `> ` pull quote, `1. ` ordered items, `- ` bullets, indented items nest."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", src.strip("\n")):
        lines = [l.rstrip() for l in chunk.split("\n") if l.strip()]
        if not lines:
            continue
        fix = smart if use_smart else (lambda s: s)
        first = lines[0]
        if first.startswith("## "):
            blocks.append(("h", fix(first[3:].strip())))
        elif first.startswith("> "):
            blocks.append(("pq", fix(" ".join(l[2:].strip() for l in lines))))
        elif re.match(r"^(\d+\.|-) ", first):
            ordered = first[0].isdigit()
            items = []
            for l in lines:
                m = re.match(r"^(\s*)(\d+\.|-|[a-z]\)) (.*)$", l)
                if not m:
                    raise ValueError("bad list line: " + l)
                indent, text = len(m.group(1)), fix(m.group(3))
                if indent == 0:
                    items.append([text, []])
                else:
                    items[-1][1].append(text)
            blocks.append(("ol" if ordered else "ul", items))
        else:
            blocks.append(("p", fix(" ".join(l.strip() for l in lines))))
    return blocks


def human_date(iso):
    y, m, d = iso[:10].split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- plain text

def text_version(a, blocks):
    """What a reader gets by selecting the page in a browser and pasting it."""
    out = [a["title"], a["standfirst"]]
    style = a.get("text_style", 0)
    date = human_date(a["date"])
    if style == 0:
        out.append(a["author"] + "\nPublished: " + date + " Updated: " + date + "\nEnable Read mode\n100% Font Size")
    elif style == 1:
        out.append("By " + a["author"] + "\n" + date + "\nShare\nTweet\nEmail\nPrint")
    else:
        out.append(a["section"].upper() + "\n" + a["author"] + " | " + date + "\nListen to this article\nA A A")
    for kind, payload in blocks:
        if kind in ("h", "p", "pq"):
            out.append(payload)
        else:
            lines = []
            for i, (item, subs) in enumerate(payload):
                marker = f"{i + 1}. " if kind == "ol" else "\u2022 "
                lines.append(marker + item)
                for sub in subs:
                    lines.append("    \u25e6 " + sub)
            out.append("\n".join(lines))
    if a.get("bio"):
        out.append(a["bio"])
    if a.get("disclaimer"):
        out.append(a["disclaimer"])
    out.append(a.get("text_tail", "Read also\nTrending now"))
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- HTML parts

NAV = ["Home", "News", "City", "Politics", "Business", "Opinion", "Sport", "Science", "Culture", "Podcasts"]


def nav_list(cls="menu"):
    items = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    return f'<ul class="{cls}">{items}</ul>'


def head(a, charset_tag, extra_css=""):
    ld = {
        "@context": "https://schema.org",
        "@type": a.get("ld_type", "OpinionNewsArticle"),
        "headline": a["title"],
        "description": a["standfirst"],
        "author": {"@type": "Person", "name": a["author"]},
        "datePublished": a["date"],
        "dateModified": a["date"],
        "publisher": {"@type": "Organization", "name": a["outlet"]},
        "image": "https://img.example.org/" + a["slug"] + ".jpg",
    }
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en">\n<head>\n{charset_tag}\n'
        f'<title>{esc(a["title"])} | {esc(a["outlet"])}</title>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="description" content="{attr(a["standfirst"])}">\n'
        f'<meta name="author" content="{attr(a["author"])}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{attr(a["title"])}">\n'
        f'<meta property="og:description" content="{attr(a["standfirst"])}">\n'
        f'<meta property="og:site_name" content="{attr(a["outlet"])}">\n'
        f'<meta property="og:image" content="https://img.example.org/{a["slug"]}.jpg">\n'
        f'<meta property="article:published_time" content="{a["date"]}">\n'
        f'<meta property="article:section" content="{attr(a["section"])}">\n'
        f'<link rel="canonical" href="https://{a["domain"]}/{a["section"].lower()}/{a["slug"]}">\n'
        '<script type="application/ld+json">' + json.dumps(ld) + "</script>\n"
        f"<style>body{{font-family:Georgia,serif;margin:0}}.ad{{min-height:250px}}{extra_css}</style>\n"
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "gtag('js',new Date());</script>\n"
        "</head>\n"
    )


def cookie_banner():
    return ('<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to personalise '
            'content and ads and to analyse our traffic. You can change your choices at any time.</p>'
            '<button class="accept">Accept all</button> <button class="reject">Manage settings</button></div>\n')


def newsletter(outlet):
    return ('<div class="newsletter-signup"><h3>Get the Morning Briefing</h3><p>Sign up for our free newsletter '
            f'and get the best of {esc(outlet)} in your inbox every weekday.</p><form action="/subscribe" '
            'method="post"><input type="email" name="email" placeholder="Your email address"> '
            '<button type="submit">Subscribe</button></form></div>\n')


def ad(slot):
    return (f'<div class="ad ad-slot" id="ad-{slot}" data-ad-unit="/1234/opinion/{slot}"><span class="ad-label">'
            'Advertisement</span><script>googletag.cmd.push(function(){googletag.display("ad-' + slot +
            '")});</script></div>\n')


def related(a, title="Read also", cls="related"):
    items = "".join(f'<li><a href="/{a["section"].lower()}/{i}">{esc(h)}</a></li>' for i, h in enumerate(a["related"]))
    return f'<aside class="{cls}"><h3>{title}</h3><ul>{items}</ul></aside>\n'


def trending(heads):
    items = "".join(f'<li><a href="/news/t{i}">{esc(h)}</a></li>' for i, h in enumerate(heads))
    return f'<div class="trending widget"><h3>Trending</h3><ol>{items}</ol></div>\n'


TRENDING = ["Council approves budget after late-night session",
            "Weekend weather: storms expected on the coast",
            "Ten restaurants that opened this month",
            "Transfer news: all the latest deals"]


def share_bar():
    return ('<div class="share-bar"><span>Share this article</span> <a href="#" class="share-facebook">Facebook</a> '
            '<a href="#" class="share-x">X</a> <a href="#" class="share-email">Email</a> '
            '<a href="javascript:window.print()" class="print">Print</a> <span class="font-size">A+ A-</span></div>\n')


def footer(a):
    year = a["date"][:4]
    return ('<footer class="site-footer"><nav>' + nav_list("footer-menu") + '</nav><p>&copy; ' + year + ' ' +
            esc(a["outlet"]) + '. All rights reserved.</p><a href="/privacy">Privacy policy</a> '
            '<a href="/terms">Terms of use</a> <a href="/contact">Contact us</a></footer>\n')


def figure(a, cls="figure"):
    return (f'<figure class="{cls}"><img src="https://img.example.org/{a["slug"]}.jpg" alt="{attr(a["alt"])}" '
            f'width="1200" height="675"><figcaption>{esc(a["caption"])} <span class="credit">'
            f'{esc(a["credit"])}</span></figcaption></figure>\n')


def body_html(blocks, p="p", h="h2", pq="blockquote", list_attrs=""):
    """Paragraphs as <p> (or another tag), crossheads, pull quotes and lists."""
    out = []
    for kind, payload in blocks:
        if kind == "h":
            out.append(f"<{h}>{esc(payload)}</{h}>")
        elif kind == "p":
            out.append(f"<{p}>{esc(payload)}</{p}>" if p else esc(payload))
        elif kind == "pq":
            if pq == "blockquote":
                out.append(f'<blockquote class="pull-quote"><p>{esc(payload)}</p></blockquote>')
            elif pq == "aside":
                out.append(f'<aside class="pullquote" role="note"><p>{esc(payload)}</p></aside>')
            else:
                out.append(f'<figure class="pullquote"><blockquote><p>{esc(payload)}</p></blockquote></figure>')
        else:
            tag = "ol" if kind == "ol" else "ul"
            lis = []
            for item, subs in payload:
                inner = esc(item)
                if subs:
                    inner += "<ul>" + "".join(f"<li>{esc(s)}</li>" for s in subs) + "</ul>"
                lis.append(f"<li>{inner}</li>")
            out.append(f"<{tag}{list_attrs}>" + "".join(lis) + f"</{tag}>")
    return out


def with_ads(parts, every=4):
    out = []
    for i, part in enumerate(parts):
        out.append(part + "\n")
        if i and i % every == 0 and i < len(parts) - 2:
            out.append(ad(f"inline{i}"))
    return "".join(out)


def comments_html(a):
    if not a.get("comments"):
        return ""
    items = []
    for i, (name, when, text) in enumerate(a["comments"]):
        items.append(f'<li class="comment" id="comment-{100 + i}"><article class="comment-body">'
                     f'<footer class="comment-meta"><b class="fn">{esc(name)}</b> <time>{esc(when)}</time></footer>'
                     f'<div class="comment-content"><p>{esc(text)}</p></div>'
                     '<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>')
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(items)} thoughts on '
            f'&ldquo;{esc(a["title"])}&rdquo;</h2><ol class="comment-list">' + "".join(items) + '</ol>'
            '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form action="/wp-comments-post.php" '
            'method="post"><p><textarea name="comment" placeholder="Your comment"></textarea></p>'
            '<p><input type="submit" value="Post Comment"></p></form></div></div>\n')


# ---------------------------------------------------------------- templates

def t_classic(a, blocks, charset_tag):
    """Seed-like: <article> with h1, subtitle, byline, toolbar, div.article-body."""
    parts = body_html(blocks)
    return (head(a, charset_tag, ".pull-quote{font-size:140%}") + "<body>\n" + cookie_banner() +
            f'<header class="site-header"><a class="logo" href="/">{esc(a["outlet"])}</a><nav>{nav_list()}</nav></header>\n'
            f'<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/opinion">{esc(a["section"])}</a> &rsaquo; '
            f'<span>{esc(a["title"])}</span></div>\n' + ad("top") +
            '<main><article class="opinion">\n'
            f'<h1>{esc(a["title"])}</h1>\n<p class="subtitle">{esc(a["standfirst"])}</p>\n'
            f'<div class="byline"><span class="author">{esc(a["author"])}</span> <span class="dates">Published: '
            f'<time datetime="{a["date"]}">{human_date(a["date"])}</time> Updated: <time></time></span></div>\n'
            '<div class="toolbar"><button>Enable Read mode</button><span>100% Font Size</span></div>\n' +
            figure(a) + share_bar() + '<div class="article-body">\n' + with_ads(parts) + '</div>\n'
            f'<div class="author-bio"><p>{esc(a["bio"])}</p></div>\n'
            f'<p class="disclaimer"><em>{esc(a["disclaimer"])}</em></p>\n</article>\n' +
            related(a) + '<aside class="trending"><h3>Top Content Trending</h3><ol>' +
            "".join(f'<li><a href="/n/{i}">{esc(h)}</a></li>' for i, h in enumerate(TRENDING)) + '</ol></aside>\n'
            '</main>\n' + newsletter(a["outlet"]) + footer(a) + '<script src="/static/app.js"></script></body></html>\n')


def t_wordpress(a, blocks, charset_tag):
    """WordPress-like: article.post > div.entry-content, sharedaddy, related posts, author box, comments."""
    parts = body_html(blocks, h="h3")
    mid = len(parts) // 2
    content = ("".join(p + "\n" for p in parts[:mid]) + ad("content-mid") +
               '<figure class="wp-block-image size-large"><img src="https://img.example.org/' + a["slug"] +
               '.jpg" alt="' + attr(a["alt"]) + '"><figcaption class="wp-element-caption">' + esc(a["caption"]) +
               ' (' + esc(a["credit"]) + ')</figcaption></figure>\n' +
               "".join(p + "\n" for p in parts[mid:]))
    return (head(a, charset_tag) + '<body class="post-template-default single single-post">\n<div id="page" class="site">\n'
            '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
            f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">{esc(a["outlet"])}</a></p>'
            f'<p class="site-description">Independent voices from the city</p>'
            f'<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button>{nav_list()}</nav></header>\n'
            f'<div class="breadcrumbs" typeof="BreadcrumbList"><span><a href="/">Home</a></span> / <span><a href="/opinion">'
            f'{esc(a["section"])}</a></span> / <span>{esc(a["title"])}</span></div>\n'
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">\n'
            f'<article id="post-{len(a["slug"]) * 37}" class="post type-post status-publish format-standard hentry">\n'
            f'<header class="entry-header"><h1 class="entry-title">{esc(a["title"])}</h1>'
            f'<p class="standfirst">{esc(a["standfirst"])}</p>'
            f'<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/x">'
            f'{esc(a["author"])}</a></span></span> <span class="posted-on"><time class="entry-date published" '
            f'datetime="{a["date"]}">{human_date(a["date"])}</time></span></div></header>\n'
            '<div class="entry-content">\n' + content +
            '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Print</a></li>'
            '<li><a href="#">Email</a></li><li><a href="#">Facebook</a></li></ul></div>\n'
            '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>' +
            "".join(f'<div class="jp-relatedposts-post"><a href="/p/{i}">{esc(h)}</a></div>' for i, h in enumerate(a["related"])) +
            '</div>\n</div>\n'
            f'<footer class="entry-footer"><div class="author-info"><h2 class="author-title">About {esc(a["author"])}</h2>'
            f'<p class="author-description">{esc(a["bio"])}</p></div>'
            f'<div class="disclaimer"><p>{esc(a["disclaimer"])}</p></div>'
            '<span class="cat-links">Posted in <a href="/opinion">Opinion</a></span></footer>\n</article>\n' +
            comments_html(a) + '</main></div>\n<aside id="secondary" class="widget-area">' + newsletter(a["outlet"]) +
            trending(TRENDING) + '</aside></div>\n' + cookie_banner() + footer(a) + '</div>\n</body>\n</html>\n')


def t_legacy(a, blocks, charset_tag):
    """An old table-and-div layout (the windows-1252 site)."""
    parts = body_html(blocks, h="h3")
    return (head(a, charset_tag) + '<body bgcolor="#ffffff">\n'
            '<table width="100%" cellpadding="0" cellspacing="0" id="masthead"><tr><td class="logo"><a href="/">' +
            esc(a["outlet"]) + '</a></td><td class="topnav">' +
            " | ".join(f'<a href="/{n.lower()}">{n}</a>' for n in NAV) + '</td></tr></table>\n'
            '<table width="100%" id="layout"><tr>\n<td valign="top" width="180" class="leftcol">'
            '<div class="sections"><b>Sections</b><br>' + "<br>".join(f'<a href="/{n.lower()}">{n}</a>' for n in NAV) +
            '</div>' + ad("skyscraper") + '</td>\n<td valign="top" class="maincol">\n'
            f'<div class="crumbs">You are here: <a href="/">Home</a> &gt; <a href="/opinion">{esc(a["section"])}</a></div>\n'
            f'<div id="story"><h1 class="headline">{esc(a["title"])}</h1>\n<h2 class="deck">{esc(a["standfirst"])}</h2>\n'
            f'<div class="storyinfo">By <span class="writer">{esc(a["author"])}</span>, {human_date(a["date"])} '
            '&middot; <a href="?print=1">Printer-friendly version</a> &middot; <a href="/mail">E-mail this story</a></div>\n'
            f'<div class="photo"><img src="/img/{a["slug"]}.jpg" alt="{attr(a["alt"])}"><div class="caption">'
            f'{esc(a["caption"])} <i>{esc(a["credit"])}</i></div></div>\n<div class="storytext">\n' +
            with_ads(parts, 5) + '</div>\n'
            f'<div class="tagline"><i>{esc(a["bio"])}</i></div>\n<div class="disclaimer small">{esc(a["disclaimer"])}</div>\n'
            '</div>\n' + related(a, "Related stories", "relatedbox") + '</td>\n<td valign="top" width="200" class="rightcol">' +
            trending(TRENDING) + newsletter(a["outlet"]) + '</td></tr></table>\n' + cookie_banner() + footer(a) +
            '</body>\n</html>\n')


def t_sections(a, blocks, charset_tag):
    """A modern layout: <main><article> with one <section> per crosshead."""
    sections, current = [], []
    for kind, payload in blocks:
        if kind == "h" and current:
            sections.append(current)
            current = []
        current.append((kind, payload))
    if current:
        sections.append(current)
    body = ""
    for i, sec in enumerate(sections):
        body += f'<section class="article-section" id="s{i}">\n' + "".join(x + "\n" for x in body_html(sec, pq="aside")) + '</section>\n'
        if i == 0:
            body += ad("in-article")
    return (head(a, charset_tag) + '<body>\n' + cookie_banner() +
            f'<header role="banner"><div class="brand">{esc(a["outlet"])}</div><nav aria-label="Main">{nav_list()}</nav>'
            '<form class="search" role="search"><input type="search" placeholder="Search"></form></header>\n'
            '<main id="main">\n<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
            f'<li><a href="/opinion">{esc(a["section"])}</a></li></ol></nav>\n'
            '<article itemscope itemtype="https://schema.org/OpinionNewsArticle">\n'
            f'<header class="article-header"><p class="kicker">{esc(a["section"])}</p><h1 itemprop="headline">{esc(a["title"])}</h1>'
            f'<p class="dek" itemprop="description">{esc(a["standfirst"])}</p>'
            f'<p class="meta">By <a rel="author" href="/authors/x" itemprop="author">{esc(a["author"])}</a> &middot; '
            f'<time itemprop="datePublished" datetime="{a["date"]}">{human_date(a["date"])}</time></p></header>\n' +
            figure(a, "lead-image") + share_bar() + '<div class="article-content">\n' + body + '</div>\n'
            f'<section class="author-card"><h4>About the author</h4><p>{esc(a["bio"])}</p></section>\n'
            f'<p class="editor-note"><small>{esc(a["disclaimer"])}</small></p>\n</article>\n' +
            related(a, "More from Opinion", "more-stories") + newsletter(a["outlet"]) + '</main>\n' +
            '<aside class="sidebar">' + trending(TRENDING) + ad("sidebar") + '</aside>\n' + footer(a) + '</body>\n</html>\n')


def t_divsoup(a, blocks, charset_tag):
    """No <p> at all: every paragraph is a bare <div>, crossheads are bold divs, lists still lists."""
    parts = []
    for kind, payload in blocks:
        if kind == "p":
            parts.append(f'<div class="txt">{esc(payload)}</div>')
        elif kind == "h":
            parts.append(f'<div class="subhead"><strong>{esc(payload)}</strong></div>')
        else:
            parts.extend(body_html([(kind, payload)]))
    return (head(a, charset_tag) + '<body>\n<div id="wrapper"><div id="top"><div class="logo">' + esc(a["outlet"]) +
            '</div><div class="menu">' + "".join(f'<div class="menu-item"><a href="/{n.lower()}">{n}</a></div>' for n in NAV) +
            '</div></div>\n<div id="crumbs"><a href="/">Home</a> / <a href="/opinion">Opinion</a></div>\n'
            '<div id="container"><div class="col-main"><div class="story">\n'
            f'<div class="story-title">{esc(a["title"])}</div>\n<div class="story-dek">{esc(a["standfirst"])}</div>\n'
            f'<div class="story-byline">By {esc(a["author"])} <span class="dt">{human_date(a["date"])}</span></div>\n'
            '<div class="story-tools"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Print</a></div>\n'
            f'<div class="story-img"><img src="/i/{a["slug"]}.jpg" alt=""><div class="img-caption">{esc(a["caption"])}'
            f'</div><div class="img-credit">{esc(a["credit"])}</div></div>\n<div class="story-body">\n' +
            with_ads(parts, 3) + '</div>\n'
            f'<div class="story-author"><div class="bio">{esc(a["bio"])}</div></div>\n'
            f'<div class="story-disclaimer">{esc(a["disclaimer"])}</div>\n</div>\n'
            '<div class="readalso"><div class="ra-title">Read also</div>' +
            "".join(f'<div class="ra-item"><a href="/r/{i}">{esc(h)}</a></div>' for i, h in enumerate(a["related"])) +
            '</div>\n</div><div class="col-side">' + trending(TRENDING) + newsletter(a["outlet"]) + '</div></div>\n' +
            cookie_banner() + '<div id="bottom">&copy; ' + a["date"][:4] + ' ' + esc(a["outlet"]) +
            ' &middot; <a href="/privacy">Privacy</a></div></div>\n</body>\n</html>\n')


def t_br(a, blocks, charset_tag):
    """One content div whose paragraphs are separated by <br><br>, crossheads in <b>."""
    chunks = []
    for kind, payload in blocks:
        if kind == "p":
            chunks.append(esc(payload))
        elif kind == "h":
            chunks.append(f"<b>{esc(payload)}</b>")
        else:
            chunks.append("".join(body_html([(kind, payload)])))
    content = ""
    for c in chunks:
        content += c + ("\n" if c.startswith("<ul") or c.startswith("<ol") or c.startswith("<blockquote") else "\n<br><br>\n")
    return (head(a, charset_tag) + '<body>\n' + cookie_banner() +
            f'<div class="header"><h2 class="sitename">{esc(a["outlet"])}</h2><div class="nav">' + nav_list() + '</div></div>\n'
            '<div class="breadcrumb">Home &raquo; Opinion &raquo; ' + esc(a["title"]) + '</div>\n'
            f'<div class="post"><h1 class="post-title">{esc(a["title"])}</h1>\n'
            f'<div class="post-meta">Posted by {esc(a["author"])} on {human_date(a["date"])} &middot; '
            '<a href="#comments">0 comments</a> &middot; <a href="#" onclick="window.print()">Print</a></div>\n'
            f'<div class="post-intro"><i>{esc(a["standfirst"])}</i></div>\n'
            f'<div class="imgbox"><img src="/img/{a["slug"]}.jpg"><br><small class="caption">{esc(a["caption"])} '
            f'&mdash; {esc(a["credit"])}</small></div>\n'
            '<div class="post-body">\n' + content + '</div>\n'
            f'<div class="post-author"><small>{esc(a["bio"])}</small></div>\n'
            f'<div class="post-disclaimer"><small>{esc(a["disclaimer"])}</small></div>\n' + share_bar() +
            '</div>\n' + related(a, "You may also like", "also-like") + trending(TRENDING) + newsletter(a["outlet"]) + ad("footer") +
            footer(a) + '</body>\n</html>\n')


def t_news(a, blocks, charset_tag):
    """A large news site: data-component blocks, live-update style furniture."""
    parts = []
    for kind, payload in blocks:
        if kind == "h":
            parts.append(f'<div data-component="subheadline-block"><h2>{esc(payload)}</h2></div>')
        else:
            parts.append('<div data-component="text-block">' + "".join(body_html([(kind, payload)])) + '</div>')
    return (head(a, charset_tag) + '<body>\n<div id="app">\n' + cookie_banner() +
            f'<header data-testid="header"><a href="/" class="masthead">{esc(a["outlet"])}</a><nav data-testid="nav">{nav_list()}</nav>'
            '<a class="signin" href="/signin">Sign in</a></header>\n'
            '<div data-testid="breadcrumbs"><a href="/news">News</a> <a href="/news/city">City</a></div>\n'
            '<main id="main-content"><article>\n'
            f'<header><h1 id="main-heading">{esc(a["title"])}</h1></header>\n'
            f'<div data-component="byline-block"><div class="byline"><span class="name">{esc(a["author"])}</span>'
            f'<span class="role">{esc(a["section"])} reporter</span></div><time datetime="{a["date"]}">{human_date(a["date"])}</time></div>\n'
            f'<div data-component="image-block"><figure><img src="/i/{a["slug"]}.jpg" alt="{attr(a["alt"])}">'
            f'<span class="copyright">{esc(a["credit"])}</span><figcaption>{esc(a["caption"])}</figcaption></figure></div>\n'
            f'<div data-component="text-block"><p><b>{esc(a["standfirst"])}</b></p></div>\n' +
            with_ads(parts, 4) +
            '<div data-component="links-block"><h2>Related topics</h2><ul><li><a href="/t/city">City council</a></li>'
            '<li><a href="/t/libraries">Libraries</a></li></ul></div>\n'
            '</article>\n' + related(a, "More on this story", "more-on-story") + '</main>\n' +
            '<section class="most-read"><h2>Most read</h2><ol>' +
            "".join(f'<li><a href="/n/{i}">{esc(h)}</a></li>' for i, h in enumerate(TRENDING)) + '</ol></section>\n' +
            newsletter(a["outlet"]) + footer(a) + '</div>\n</body>\n</html>\n')


def t_blog(a, blocks, charset_tag):
    """A Ghost-like blog: post-full-content, ordinal crossheads, an in-body "Read also" link and a subscribe card."""
    parts = []
    for kind, payload in blocks:
        if kind == "p" and payload.startswith("Read also:"):
            headline = payload[len("Read also:"):].strip()
            parts.append(f'<p class="read-also"><strong>Read also:</strong> <a href="/r/1">{esc(headline)}</a></p>')
        else:
            parts.extend(body_html([(kind, payload)]))
    mid = len(parts) // 2
    cta = ('<div class="kg-card kg-cta-card"><p>Enjoyed this piece? Subscribe to ' + esc(a["outlet"]) +
           ' for free and never miss a column.</p><a class="kg-btn" href="#/portal/signup">Subscribe</a></div>')
    content = "\n".join(parts[:mid] + [cta] + parts[mid:]) + "\n"
    return (head(a, charset_tag) + '<body class="post-template">\n<div class="site-wrapper">\n' +
            f'<header class="site-header"><div class="site-nav"><a class="site-nav-logo" href="/">{esc(a["outlet"])}</a>'
            f'{nav_list("nav")}<a class="subscribe-button" href="#/portal">Subscribe</a></div></header>\n'
            '<main id="site-main" class="site-main"><article class="post-full post">\n'
            f'<header class="post-full-header"><section class="post-full-tags"><a href="/tag/opinion">{esc(a["section"])}</a></section>'
            f'<h1 class="post-full-title">{esc(a["title"])}</h1><p class="post-full-custom-excerpt">{esc(a["standfirst"])}</p>'
            f'<div class="post-full-byline"><section class="author-list"><a href="/author/x">{esc(a["author"])}</a></section>'
            f'<time class="byline-meta-date" datetime="{a["date"][:10]}">{human_date(a["date"])}</time>'
            '<span class="byline-reading-time">5 min read</span></div></header>\n'
            f'<figure class="post-full-image"><img src="/content/images/{a["slug"]}.jpg" alt="{attr(a["alt"])}">'
            f'<figcaption>{esc(a["caption"])} {esc(a["credit"])}</figcaption></figure>\n'
            '<section class="post-full-content"><div class="post-content">\n' + content + '</div></section>\n'
            '<div class="post-share"><span>Share on</span> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>\n'
            f'<section class="post-full-author"><div class="author-card"><h4>{esc(a["author"])}</h4><p>{esc(a["bio"])}</p></div></section>\n'
            f'<aside class="post-disclaimer"><p>{esc(a["disclaimer"])}</p></aside>\n</article>\n'
            '<aside class="read-more-wrap"><div class="read-more"><h3>You might also like</h3>' +
            "".join(f'<article class="post-card"><a href="/p/{i}"><h2>{esc(h)}</h2></a></article>' for i, h in enumerate(a["related"])) +
            '</div></aside>\n</main>\n' + newsletter(a["outlet"]) + cookie_banner() + footer(a) + '</div>\n</body>\n</html>\n')


TEMPLATES = {"classic": t_classic, "wordpress": t_wordpress, "legacy": t_legacy, "sections": t_sections,
             "divsoup": t_divsoup, "br": t_br, "news": t_news, "blog": t_blog}

CHARSET = {
    "utf-8": '<meta charset="utf-8">',
    "windows-1252": '<meta charset="windows-1252">',
    "iso-8859-1": '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
}


def main():
    articles = A + B + L
    seen = set()
    for a in articles:
        name = f'{a["number"]:02d}-{a["slug"]}'
        assert name not in seen, name
        seen.add(name)
        use_smart = a.get("smart", True)
        for key in ("title", "standfirst", "bio", "disclaimer", "caption"):
            if use_smart and a.get(key):
                a[key] = smart(a[key])
        if use_smart and a.get("comments"):
            a["comments"] = [(n, w, smart(t)) for n, w, t in a["comments"]]
        blocks = parse_body(a["body"], use_smart)
        enc = a.get("encoding", "utf-8")
        page = TEMPLATES[a["template"]](a, blocks, CHARSET[enc])
        with open(os.path.join(CORPUS, "html", name + ".html"), "wb") as f:
            f.write(page.encode(enc))  # strict: a character outside the charset is an error
        with open(os.path.join(CORPUS, "text", name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text_version(a, blocks))
        words = sum(len((p if isinstance(p, str) else " ".join(i + " " + " ".join(s) for i, s in p)).split())
                    for _, p in blocks)
        print(f"{name}: {a['template']}, {enc}, {words} words")


if __name__ == "__main__":
    main()
