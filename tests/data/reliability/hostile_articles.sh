# Sourced by the reliability_escape_*.sh rows: writes two French articles of one story into
# "$tmp/story" whose sentences carry what an attacker would put in a page - terminal escape
# sequences, C1 controls, a bidi override, HTML, Markdown links, mentions and issue references
# (#1, GH-1, !2) - around a claim each (3 000 vs 2 000 soldiers in Poland: a conflict, so every
# writer shows both sentences).
# The claims' sentences are then checked in each format.
mkdir -p "$tmp/story"
printf '%s\n' \
  '---' 'lang: fr' '---' 'Renforts' \
  $'Le Pentagone \e]0;pwned\a\e[2J\e[31m <script>alert(1)</script> [clic](https://evil.example/x) ![i](https://evil.example/i.png) @everyone #1 GH-1 !2 \xc2\x9b31m \xe2\x80\xaeetxet\x08\x08 enverra 3 000 soldats en Pologne mercredi.' \
  > "$tmp/story/a.md"
printf '%s\n' \
  '---' 'lang: fr' '---' 'Renforts' \
  $'Un <img src=x onerror=alert(2)> & "officiel" | cellule | `code` **gras** <!-- a --> enverra 2 000 soldats en Pologne mercredi.' \
  > "$tmp/story/b.md"
hostile_rules="$root/tests/data/reliability/rules"
