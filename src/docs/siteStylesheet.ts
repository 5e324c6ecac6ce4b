// The site's own stylesheet over mkdocs-material (mkdocs.yml's extra_css), written into the staged docs folder.

export const SITE_STYLESHEET_FILE = "codeset.css";

/**
 * mkdocs-material lets code spans break anywhere (`word-break: break-word`), which split `browserRejected`
 * and package names mid-word in narrow table cells. Here they break only where text may (after a hyphen, at a
 * space); tables, which scroll inside themselves, absorb the width. Narrow screens get tighter cells. In the
 * dark scheme, links take a light indigo: the theme's #4051b5 on its slate background has a contrast of 2.3:1.
 */
export const SITE_STYLESHEET = `.md-typeset code {
  word-break: normal;
  overflow-wrap: normal;
}

[data-md-color-scheme="slate"] {
  --md-typeset-a-color: hsl(232, 75%, 80%);
}

@media screen and (max-width: 44.9375em) {
  .md-typeset table:not([class]) th,
  .md-typeset table:not([class]) td {
    min-width: 0;
    padding: 0.6em 0.6em;
  }
}
`;
