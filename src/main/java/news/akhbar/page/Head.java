package news.akhbar.page;

import java.util.List;

/**
 * What the one layout (src/main/jte/layout.jte) needs of a page besides its body.
 *
 * @param robots the robots meta's content, null for none
 * @param stylesheets after /tokens.css, the base every page loads
 * @param script the page's module, null for none (then the page carries no rules either)
 */
record Head(String lang, String dir, String title, String robots, List<String> stylesheets, String script) {

  /** The readers' pages' styles: the list, then the front and article pages. */
  static final List<String> READER_STYLES = List.of("/list.css", "/pages.css");

  /** An Arabic page, right to left. */
  static Head arabic(String title, String robots, List<String> stylesheets, String script) {
    return new Head("ar", "rtl", title, robots, stylesheets, script);
  }
}
