// HTML pages: the article's visible text, its metadata, and claims located in the HTML source.
#include "input/html.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "input/article_reader.h"
#include "input/read_file.h"
#include "test_support.h"

namespace factlint {
namespace {

using testing::ArticlePath;
using testing::ReadArticles;

std::string PagePath(const std::string& name) { return ArticlePath("html/pages/" + name); }

Article MustRead(const std::string& path) {
  testing::ReadAll r = ReadArticles({path});
  INFO(r.status.ToString());
  REQUIRE(r.status.ok());
  REQUIRE(r.articles.size() == 1);
  return std::move(r.articles[0]);
}

Article MustParse(std::string html, const std::string& path = "stories/page.html") {
  Result<Article> a = ParseArticle(path, std::move(html), ReadOptions{});
  INFO(a.status().ToString());
  REQUIRE(a.ok());
  return std::move(a).value();
}

// Line and column (1-based, columns in code points, a leading BOM not counted) of byte
// `offset` of `bytes`, counted here independently of TextMap.
LineCol Where(std::string_view bytes, size_t offset) {
  LineCol lc{1, 1};
  size_t i = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (; i < offset; ++i) {
    const char c = bytes[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
      ++lc.line;
      lc.column = 1;
    } else if (c != '\r' && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++lc.column;
    }
  }
  return lc;
}

// Where the first occurrence of `norm` in the article's text sits in its file, checked against
// where `source` (what the file holds there) is found in the file's bytes.
struct Located {
  std::string original;  // the page's bytes behind `norm`
  LineCol at;            // reported by the text map
  LineCol expected;      // where `source` is in the file
};
Located Locate(const Article& a, std::string_view norm, std::string_view source) {
  const size_t b = a.text.normalized().find(norm);
  REQUIRE(b != std::string::npos);
  Located l;
  l.original = std::string(a.text.OriginalSpan(b, b + norm.size()));
  l.at = a.text.Locate(a.text.ToOriginal(b));
  const size_t in_file = a.text.original().find(source);
  REQUIRE(in_file != std::string::npos);
  l.expected = Where(a.text.original(), in_file);
  return l;
}

TEST_CASE("html: a French news page reads as its article, without the page around it", "[html]") {
  const Article a = MustRead(PagePath("fr_quotidien.html"));
  CHECK(a.text.normalized() ==
        "Séisme dans les Abruzzes : au moins 14 morts\n"
        "\n"
        "Un séisme de magnitude 5,8 a frappé mardi soir la province de L'Aquila, dans le centre "
        "de l'Italie. Selon la protection civile, au moins 14 personnes ont été tuées et 2 300 "
        "habitants ont dû quitter leur logement.\n"
        "\n"
        "Le gouvernement a annoncé l'envoi de 1 500 soldats dans la région pour aider les "
        "secours. \" Nous ne laisserons personne seul \", a déclaré la présidente du Conseil.\n"
        "Les recherches se poursuivaient dans la nuit.\n"
        "\n"
        "Des secouristes fouillent les décombres à L'Aquila.\n"
        "\n"
        "Les pompiers ont secouru 41 personnes coincées sous les décombres. L'épicentre se "
        "situait à 10 kilomètres de profondeur.\n"
        "\n"
        "Les écoles de la région resteront fermées jusqu'à lundi.");
  // Numbers in scripts, JSON-LD, the cookie banner, menus, ads, share counts, related links,
  // comments, the most-read box and the footer are not article text.
  for (std::string_view absent :
       {"88213",     "12 000",        "9 000",        "4200",      "32 cookies",  "Top 100",
        "970",       "1 200",         "299",          "7 000",     "3 minutes",   "50 %",
        "50 000",    "3 000 soldats", "Commentaires", "200 morts", "17 millions", "4 000",
        "Mots-clés", "Claire Dumont", "Partager"}) {
    INFO(absent);
    CHECK(a.text.normalized().find(absent) == std::string::npos);
  }
}

TEST_CASE("html: metadata of a French page: og:title, og:site_name, published time, lang",
          "[html][meta]") {
  const Article a = MustRead(PagePath("fr_quotidien.html"));
  CHECK(a.meta.id == "fr_quotidien");
  CHECK(a.meta.story == "pages");
  CHECK(a.meta.title == "Séisme dans les Abruzzes : au moins 14 morts et 2\u00A0300 sinistrés");
  CHECK(a.meta.source == "Le Quotidien du Nord");
  CHECK(a.meta.published == "2023-03-14T07:42:00+01:00");
  CHECK(a.meta.lang == Lang::kFr);
}

TEST_CASE("html: claims point at the HTML source, entities and tags included", "[html][loc]") {
  const Article a = MustRead(PagePath("fr_quotidien.html"));
  // "5&nbsp;000"-style numbers: the no-break space is the entity.
  Located l = Locate(a, "2 300 habitants", "2&nbsp;300 habitants");
  CHECK(l.original == "2&nbsp;300 habitants");
  CHECK(l.at.line == 55);
  CHECK(l.at.line == l.expected.line);
  CHECK(l.at.column == l.expected.column);
  // A number split by inline tags starts on its first digit, inside <strong>.
  l = Locate(a, "1 500 soldats", "1</strong> 500 soldats");
  CHECK(l.original == "1</strong> 500 soldats");
  CHECK(l.at.line == 56);
  CHECK(l.at.column == l.expected.column);
  // Decoded references map back to the reference.
  l = Locate(a, "L'Aquila, dans", "L&#8217;Aquila, dans");
  CHECK(l.original == "L&#8217;Aquila, dans");
  CHECK(l.at.column == l.expected.column);
  l = Locate(a, "\" Nous ne laisserons personne seul \"", "«&nbsp;Nous");
  CHECK(l.original == "«&nbsp;Nous ne laisserons personne seul&nbsp;»");
  CHECK(l.at.column == l.expected.column);
  // The headline comes from the <h1>, on its own line of the page.
  l = Locate(a, "au moins 14 morts", "au moins 14&nbsp;morts</h1>");
  CHECK(l.original == "au moins 14&nbsp;morts");
  CHECK(l.at.line == 46);
  CHECK(l.at.column == l.expected.column);
}

TEST_CASE("html: the readable text of a span has references decoded and no markup", "[html][loc]") {
  const Article a = MustRead(PagePath("fr_quotidien.html"));
  const std::string& n = a.text.normalized();
  const size_t b = n.find("Le gouvernement");
  const size_t e = n.find("Conseil.") + 8;
  CHECK(a.text.ReadableSpan(b, e) ==
        "Le gouvernement a annoncé l’envoi de 1 500 soldats dans la région pour aider les "
        "secours. « Nous ne laisserons personne seul », a déclaré la présidente du "
        "Conseil.");
  CHECK(a.text.OriginalSpan(b, e).find("<strong>1</strong>") != std::string_view::npos);
}

TEST_CASE("html: an English wire page: <article> among teasers, JSON-LD date, <br><br>", "[html]") {
  const Article a = MustRead(PagePath("en_wire.html"));
  CHECK(a.text.normalized() ==
        "Strike shuts down port of Felixstowe\n"
        "\n"
        "By Tom Reed, 21 August 2023\n"
        "\n"
        "About 1,900 dock workers walked out on Monday at Felixstowe, Britain's busiest container "
        "port, after talks over pay broke down.\n"
        "\n"
        "The union said 500 lorries were turned away in the first hour. The port's owner called "
        "the strike \"regrettable\" and said ships carrying more than 4,000 containers were "
        "waiting offshore.\n"
        "\n"
        "Police said two men, aged 34 and 41, were arrested near the main gate.\n"
        "\n"
        "The strike is due to last eight days.\n"
        "\n"
        "Talks are expected to resume on Thursday & Friday at the offices of Acas.");
  CHECK(a.meta.title == "Strike shuts down port of Felixstowe");  // the <h1>: no og:title
  CHECK(a.meta.source == "en_wire");                              // no og:site_name
  CHECK(a.meta.published == "2023-08-21T06:15:00Z");              // JSON-LD before <time>
  CHECK(a.meta.lang == Lang::kEn);
  Located l = Locate(a, "500 lorries", "500&nbsp;lorries");
  CHECK(l.original == "500&nbsp;lorries");
  CHECK(l.at.line == 25);
  CHECK(l.at.column == 23);
  CHECK(l.at.column == l.expected.column);
}

TEST_CASE("html: a page without <article>, with a BOM and CR LF line ends", "[html]") {
  const Article a = MustRead(PagePath("fr_sans_article.html"));
  CHECK(a.text.normalized() ==
        "Grève à la SNCF : 4 trains sur 10 annulés\n"
        "\n"
        "Mis en ligne le 19/01/2023\n"
        "\n"
        "Le trafic sera très perturbé jeudi sur l'ensemble du réseau. Selon la direction, seuls 4 "
        "TGV sur 10 circuleront, et un TER sur trois.\n"
        "Environ 1 200 agents se sont déclarés grévistes à la mi-journée.\n"
        "\n"
        "À Lyon, la préfecture a mobilisé 150 policiers autour de la gare de la Part-Dieu.");
  CHECK(a.meta.title == "Grève à la SNCF : 4 trains sur 10 annulés");  // <title> and <h1>
  CHECK(a.meta.published == "2023-01-19T06:00");                       // <time datetime>
  CHECK(a.meta.lang == Lang::kFr);                                     // detected
  CHECK(a.meta.source == "fr_sans_article");
  Located l = Locate(a, "1 200 agents", "1&#160;200 agents");
  CHECK(l.original == "1&#160;200 agents");
  CHECK(l.at.line == 15);
  CHECK(l.at.column == 9);
  CHECK(l.expected.line == 15);
  CHECK(l.expected.column == 9);
  // A line break inside a paragraph is one space; the span keeps the CR LF.
  l = Locate(a, "direction, seuls", "direction,\r\nseuls");
  CHECK(l.original == "direction,\r\nseuls");
  CHECK(l.at.line == 13);
}

TEST_CASE("html: malformed markup reads as a browser shows it", "[html][errors]") {
  const Article a = MustRead(PagePath("en_malformed.html"));
  CHECK(a.text.normalized() ==
        "Rescuers evacuated 3,200 residents from Carlisle overnight\n"
        "\n"
        "The Environment Agency said river levels rose by 2 metres in six hours.\n"
        "\n"
        "Officials counted 120 homes flooded & 45 cars swept away.\n"
        "\n"
        "Evacuated\n\n3,200\n\nRescued\n\n58\n"
        "\n"
        "A stray &bogus; entity, a lone & and AT&T stay as written.");
  CHECK(a.meta.title == "Flood warning");
  Located l = Locate(a, "lone & and AT&T", "lone &amp and AT&T");
  CHECK(l.original == "lone &amp and AT&T");
  CHECK(l.at.column == l.expected.column);
  l = Locate(a, "by 2 metres", "by 2</b> metres");
  CHECK(l.original == "by 2</b> metres");
}

TEST_CASE("html: a page with no visible article text is an empty article", "[html][errors]") {
  testing::ReadAll r = ReadArticles({PagePath("fr_vide.html")});
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK(r.status.ToString() == PagePath("fr_vide.html") + ": error: empty article");
  Result<Article> blank = ParseArticle("a.html", "<html><body>\n <p>&nbsp;</p>\n", ReadOptions{});
  CHECK(blank.status().message() == "empty article");
  Result<Article> nothing = ParseArticle("a.html", "", ReadOptions{});
  CHECK(nothing.status().message() == "empty article");
}

TEST_CASE("html: a factlint report is not read as an article", "[html][errors]") {
  Result<Article> report = ParseArticle(
      "stories/report.html",
      "<!DOCTYPE html><html lang=\"en\"><head><meta name=\"generator\" content=\"factlint "
      "0.1.0\"></head><body><p>5 000 soldats against 3 000 soldats</p></body></html>",
      ReadOptions{});
  CHECK(report.status().ToString() ==
        "stories/report.html: error: this is a factlint report, not an article: write reports "
        "outside the folders you check");
  CHECK(
      MustParse("<meta name=\"generator\" content=\"WordPress 6.2\"><p>x</p>").text.normalized() ==
      "x");
}

TEST_CASE("html: a folder of pages is read like any other articles", "[html]") {
  testing::ReadAll r = ReadArticles({ArticlePath("html/pages")});
  CHECK(r.status.code() == StatusCode::kInputError);  // fr_vide.html stops the walk
  std::vector<std::string> ids;
  for (const Article& a : r.articles) ids.push_back(a.meta.id);
  CHECK(ids ==
        std::vector<std::string>{"en_malformed", "en_wire", "fr_quotidien", "fr_sans_article"});
  const Article htm = MustParse("<p>The storm killed 3 people.</p>", "news/storm.HTM");
  CHECK(htm.text.normalized() == "The storm killed 3 people.");
}

TEST_CASE("html: white space collapses, blocks are paragraphs, <br> breaks lines", "[html]") {
  const Article a = MustParse(
      "<body><div>  Premier\n\t paragraphe  <span> suite </span>\n</div>"
      "<p>Un<br>deux<br/><br>trois <br> </p><ul><li>a</li><li> b</li></ul>"
      "<p><br>Début <b>gras</b><i>collé</i></p></body>");
  CHECK(a.text.normalized() ==
        "Premier paragraphe suite\n\nUn\ndeux\n\ntrois\n\na\n\nb\n\nDébut grascollé");
}

TEST_CASE("html: character references decode, and map back to their bytes", "[html]") {
  const std::string html =
      "<p>5&nbsp;000 soldats, 2&#x202F;000 autres, 1&#160;500 ; d&eacute;j&agrave; "
      "&laquo;&#8239;ferme&#8239;&raquo; &copy2023 &NotEqualTilde; &#0; fin</p>";
  const Article a = MustParse(html);
  CHECK(a.text.normalized() ==
        "5 000 soldats, 2 000 autres, 1 500 ; déjà \" ferme \" ©2023 \u2242\u0338 \uFFFD fin");
  const std::string& n = a.text.normalized();
  auto original = [&](std::string_view norm) {
    const size_t b = n.find(norm);
    REQUIRE(b != std::string::npos);
    return std::string(a.text.OriginalSpan(b, b + norm.size()));
  };
  CHECK(original("5 000") == "5&nbsp;000");
  CHECK(original("2 000") == "2&#x202F;000");
  CHECK(original("déjà") == "d&eacute;j&agrave;");
  CHECK(original("©2023") == "&copy2023");
  CHECK(original("\u2242\u0338") == "&NotEqualTilde;");
  CHECK(original("\" ferme \"") == "&laquo;&#8239;ferme&#8239;&raquo;");
  CHECK(a.text.ToOriginal(n.find("000 soldats")) == html.find("000 soldats"));
}

TEST_CASE("html: a claim ending before markup does not take the markup in", "[html]") {
  const std::string html =
      "<p>Ils ont envoyé <b>3 000</b> soldats en <a href=\"/pl\">Pologne</a>.</p>";
  const Article a = MustParse(html);
  const std::string& n = a.text.normalized();
  REQUIRE(n == "Ils ont envoyé 3 000 soldats en Pologne.");
  const size_t b = n.find("3 000");
  CHECK(a.text.OriginalSpan(b, b + 5) == "3 000");
  CHECK(a.text.ToOriginalEnd(b + 5) == html.find("</b>"));
  const size_t p = n.find("Pologne");
  CHECK(a.text.OriginalSpan(b, p + 7) == "3 000</b> soldats en <a href=\"/pl\">Pologne");
}

TEST_CASE("html: the title is og:title, else the <h1>, else <title>", "[html][meta]") {
  CHECK(MustParse("<title>T</title><meta property=\"og:title\" content=\" O  G \"><h1>H</h1>x")
            .meta.title == "O G");
  CHECK(MustParse("<title>T</title><h1>Le <b>titre</b>\n de l&rsquo;article</h1><p>x</p>")
            .meta.title == "Le titre de l\u2019article");
  CHECK(MustParse("<title> Le   titre </title><p>x</p>").meta.title == "Le titre");
  CHECK(MustParse("<p>x</p>").meta.title.empty());
}

TEST_CASE("html: published comes from the most trusted valid source", "[html][meta]") {
  const std::string json_ld =
      "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebPage\"}, "
      "{\"@type\": \"NewsArticle\", \"datePublished\": \"2023-05-02T10:00:00+02:00\"}]}</script>";
  const std::string meta =
      "<meta property=\"article:published_time\" content=\"2023-05-01T08:30:00Z\">";
  const std::string time = "<p>x <time datetime=\"2023-05-03\">3 mai</time></p>";
  CHECK(MustParse(meta + json_ld + time).meta.published == "2023-05-01T08:30:00Z");
  CHECK(MustParse(json_ld + time).meta.published == "2023-05-02T10:00:00+02:00");
  CHECK(MustParse(time).meta.published == "2023-05-03");
  // A date the page gets wrong is passed over, not an error.
  CHECK(MustParse("<meta property=\"article:published_time\" content=\"03/05/2023\">" + time)
            .meta.published == "2023-05-03");
  CHECK(MustParse("<script type=\"application/ld+json\">{\"datePublished\": [1, </script>" + time)
            .meta.published == "2023-05-03");
  CHECK(MustParse("<p>x <time>hier</time></p>").meta.published.empty());
  // itemprop and pubdate come before other <time>s; times in the navigation do not count.
  CHECK(MustParse("<nav><time datetime=\"2020-01-01\">a</time></nav><article><p>x</p>"
                  "<time datetime=\"2023-05-04\">b</time><time pubdate datetime=\"2023-05-05\">"
                  "c</time></article>")
            .meta.published == "2023-05-05");
  CHECK(MustParse("<nav><time datetime=\"2020-01-01\">a</time></nav><p>x</p>"
                  "<meta itemprop=\"datePublished\" content=\"2023-05-06\">")
            .meta.published == "2023-05-06");
}

TEST_CASE("html: lang is taken from <html lang> only for French and English", "[html][meta]") {
  const std::string french = "<p>Le gouvernement a annoncé que les soldats sont partis.</p>";
  const std::string english = "<p>The government said that the troops have left.</p>";
  CHECK(MustParse("<html lang=\"EN-us\">" + french).meta.lang == Lang::kEn);
  CHECK(MustParse("<html lang=\"fr_CA\">" + english).meta.lang == Lang::kFr);
  CHECK(MustParse("<html lang=\"de\">" + french).meta.lang == Lang::kFr);  // detected
  CHECK(MustParse("<html>" + english).meta.lang == Lang::kEn);
}

TEST_CASE("html: boilerplate by tag, role, class, id and visibility is left out", "[html]") {
  const Article a = MustParse(
      "<body><p>Texte 1.</p>"
      "<nav>nav</nav><aside>aside</aside><footer>footer</footer><form><p>form</p></form>"
      "<header>header</header><div role=\"navigation\">role</div><menu>menu</menu>"
      "<dialog open>dialog</dialog><div class=\"CookieBanner\">cookie</div>"
      "<div id=\"share_tools\">share</div><div class=\"post comments-list\">comments</div>"
      "<div class=\"ad\">ad</div><div class=\"newsletter-signup\">newsletter</div>"
      "<div class=\"x read-more-box\">read more</div><div class=\"js-share has-social-share\">"
      "Texte 2.</div><div hidden>hidden</div><div aria-hidden=\"true\">aria</div>"
      "<div style=\"color: red; DISPLAY : none\">style</div><template>template</template>"
      "<noscript>noscript</noscript><button>button</button><select><option>o</option></select>"
      "<p>Texte 3.</p></body>");
  CHECK(a.text.normalized() == "Texte 1.\n\nTexte 2.\n\nTexte 3.");
}

TEST_CASE("html: link lists and read-more paragraphs are left out", "[html]") {
  const Article a = MustParse(
      "<article><p>Le bilan s'élève à 12 morts.</p>"
      "<ul><li><a href=\"/a\">Inondations : 40 morts en 2021</a></li>"
      "<li><a href=\"/b\">Le bilan monte à 30 morts</a></li></ul>"
      "<p>Lire aussi : le récit de la nuit où la rivière est sortie de son lit à Liège et a "
      "emporté 20 maisons, <a href=\"/c\">notre reportage</a></p>"
      "<p>Selon <a href=\"/m\">le maire</a>, 300 personnes ont été relogées cette nuit.</p>"
      "</article>");
  CHECK(
      a.text.normalized() ==
      "Le bilan s'élève à 12 morts.\n\nSelon le maire, 300 personnes ont été relogées cette nuit.");
}

TEST_CASE("html: headings that link to themselves are read, not taken for link lists", "[html]") {
  const Article a = MustParse(
      "<header><h1><a href=\"/\">Le Journal</a></h1></header><article>"
      "<h1><a href=\"/2023/03/seisme\">Séisme : 14 morts</a></h1>"
      "<h2 id=\"bilan\"><a href=\"#bilan\">Le bilan</a></h2><p>Au moins 14 morts.</p>"
      "<ul><li><a href=\"/a\">Turquie : 50 000 morts</a></li></ul></article>");
  CHECK(a.text.normalized() == "Séisme : 14 morts\n\nLe bilan\n\nAu moins 14 morts.");
  CHECK(a.meta.title == "Séisme : 14 morts");
}

TEST_CASE("html: an element holding nearly all the text is read whatever its name", "[html]") {
  // ASP.NET pages wrap everything in a <form>; some sites name the article's container oddly.
  const Article form = MustParse(
      "<body><form id=\"aspnetForm\"><nav>Menu</nav><div class=\"share-wrapper\"><h1>Titre</h1>"
      "<p>Le conseil a voté un budget de 40 millions d'euros pour la rénovation des écoles de "
      "la ville, a annoncé le maire.</p></div></form></body>");
  CHECK(form.text.normalized() ==
        "Titre\n\nLe conseil a voté un budget de 40 millions d'euros pour la rénovation des "
        "écoles de la ville, a annoncé le maire.");
}

TEST_CASE("html: the article element is chosen: articleBody, then <article>, then <main>",
          "[html]") {
  CHECK(MustParse("<main><p>Main.</p></main><div itemprop=\"articleBody\"><p>Body.</p></div>"
                  "<article><p>Article with more text than the body.</p></article>")
            .text.normalized() == "Body.");
  CHECK(MustParse("<main><p>Main text.</p><article><p>A short teaser</p></article>"
                  "<article><p>The real article, longer than the teaser.</p></article></main>")
            .text.normalized() == "The real article, longer than the teaser.");
  // Teasers alone are no article: the page's main text is read instead.
  CHECK(MustParse("<main><p>The main story of the page, with its own long paragraph of text "
                  "that is much longer than the teaser.</p><aside><article><p>Teaser</p>"
                  "</article></aside><article><p>Tiny</p></article></main>")
            .text.normalized() ==
        "The main story of the page, with its own long paragraph of text that is much longer "
        "than the teaser.\n\nTiny");
  CHECK(MustParse("<div>Page</div><div role=\"main\"><p>Main.</p></div>").text.normalized() ==
        "Main.");
}

TEST_CASE("html: the headline outside the article's element is read first", "[html]") {
  const Article a = MustParse(
      "<body><header><a href=\"/\">Logo</a><h1>Strike: 1,900 dockers walk out</h1></header>"
      "<nav><h1><a href=\"/\">Site</a></h1></nav>"
      "<article><p>About 1,900 dock workers walked out.</p></article></body>");
  CHECK(a.text.normalized() ==
        "Strike: 1,900 dockers walk out\n\nAbout 1,900 dock workers walked out.");
  CHECK(a.meta.title == "Strike: 1,900 dockers walk out");
}

TEST_CASE("html: text the parser moves out of page order is dropped, not misplaced",
          "[html][errors]") {
  // "en retard" is foster-parented before the table, but sits after its first cell in the page.
  const Article a = MustParse(
      "<p>Avant.</p><table><tr><td>Cellule 42</td></tr>en retard<tr><td>fin</td></tr></table>");
  CHECK(a.text.normalized() == "Avant.\n\nCellule 42\n\nfin");
}

TEST_CASE("html: bad bytes and pathological nesting are input errors", "[html][errors]") {
  Result<Article> latin1 = ParseArticle("p.html", "<p>ok</p>\n<p>pr\xE9sident</p>", ReadOptions{});
  CHECK(latin1.status().ToString() == "p.html:2:6: error: invalid UTF-8 at byte 15");
  Result<Article> nul = ParseArticle("p.html", std::string("<p>a\0b</p>", 10), ReadOptions{});
  CHECK(nul.status().message() == "NUL byte at byte 4 (binary file?)");

  std::string deep = "<html>\n<body>\n<p>";
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  deep += "x";
  Result<Article> too_deep = ParseArticle("deep.html", deep, ReadOptions{});
  REQUIRE_FALSE(too_deep.ok());
  CHECK(too_deep.status().code() == StatusCode::kInputError);
  CHECK(too_deep.status().ToString() ==
        "deep.html:3:" + std::to_string(4 + 5 * 10000) +
            ": error: HTML elements nested more than 10000 deep: factlint does not read such "
            "pages");
}

TEST_CASE("html: long flat pages and deep but bounded nesting are read", "[html]") {
  std::string list = "<ul>";
  for (int i = 0; i < 30000; ++i) list += "<li>item " + std::to_string(i);  // </li> left out
  list += "</ul><p>The end.</p>";
  CHECK(MustParse(list).text.normalized().ends_with("item 29999\n\nThe end."));
  std::string spans = "<p>";
  for (int i = 0; i < 5000; ++i) spans += "<span>";
  spans += "Deep text.";
  CHECK(MustParse(spans).text.normalized() == "Deep text.");
}

// A tiny deterministic generator, so the robustness test is the same on every run.
class Lcg {
 public:
  uint32_t Next() {
    state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state_ >> 33);
  }

 private:
  uint64_t state_ = 42;
};

TEST_CASE("html: random tag soup never crashes and never breaks the text map", "[html][errors]") {
  static const char* const kParts[] = {"<p>",        "</p>",        "<div class=\"share\">",
                                       "</div>",     "<b>",         "</b>",
                                       "<i>",        "</i>",        "<br>",
                                       "<table>",    "<tr>",        "<td>",
                                       "</table>",   "<a href=x>",  "</a>",
                                       "<script>",   "</script>",   "<!--",
                                       "-->",        "&nbsp;",      "&eacute;",
                                       "&#8217;",    "&amp",        "&",
                                       "<",          ">",           " ",
                                       "\r\n",       "\n",          "5 000 soldats",
                                       "é",          "«",           "<h1>",
                                       "</h1>",      "<article>",   "</article>",
                                       "<nav>",      "</nav>",      "<li>",
                                       "<ul>",       "<select>",    "<option>",
                                       "<svg>",      "<path/>",     "</svg>",
                                       "<textarea>", "<template>",  "</template>",
                                       "<title>",    "&#x1F600;",   "&NotEqualTilde;",
                                       "</foo>",     "<plaintext>", "<![CDATA[x]]>",
                                       "<math>",     "<frameset>"};
  Lcg rng;
  for (int round = 0; round < 300; ++round) {
    std::string page;
    const uint32_t parts = 1 + rng.Next() % 60;
    for (uint32_t k = 0; k < parts; ++k) page += kParts[rng.Next() % std::size(kParts)];
    Result<Article> a = ParseArticle("soup.html", page, ReadOptions{});
    INFO(page);
    if (a.ok()) {
      CHECK_FALSE(a->text.normalized().empty());
      CHECK(a->text.ToOriginal(a->text.normalized().size()) <= page.size());
    } else {
      CHECK(a.status().code() == StatusCode::kInputError);  // never kInternal
      CHECK(a.status().message() == "empty article");
    }
  }
}

}  // namespace
}  // namespace factlint
