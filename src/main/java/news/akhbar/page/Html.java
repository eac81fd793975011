package news.akhbar.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The pages' one way to HTML: the jte templates of src/main/jte, compiled into this package at build time (see the
 * pom), which escape every value for where it lands. Callers hand a template its view and get the page back.
 */
final class Html {

  /** The pages' content type. */
  static final String CONTENT_TYPE = "text/html; charset=utf-8";

  /** Every template, those that others include too. */
  private static final List<String> TEMPLATES = List.of("layout", "front", "article", "missing", "console", "item",
      "meta", "banner", "lead", "tab", "live", "entry", "keylink", "topicdesk");
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Html.class.getClassLoader(), Html.class.getPackageName());

  /**
   * What tells this build's templates apart from the ones before: a hash of their compiled classes. Part of every
   * ETag, so a deploy that changes a page is not answered with 304 from the old one.
   */
  static final String VERSION = Integer.toHexString(TEMPLATES.stream().mapToInt(Html::classHash).sum());

  private Html() {
  }

  /** Renders src/main/jte/{name}.jte with its one parameter. */
  static String render(String name, Object view) {
    StringOutput out = new StringOutput(16 * 1024);
    ENGINE.render(name + ".jte", view, out);
    return out.toString();
  }

  /** Renders src/main/jte/{name}.jte with its parameters by name (those left out take their defaults). */
  static String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput(4 * 1024);
    ENGINE.render(name + ".jte", params, out);
    return out.toString();
  }

  /** The template's class and its content blocks' classes (Jte{name}Generated$1, $2, …). */
  private static int classHash(String name) {
    byte[] main = bytes("Jte" + name + "Generated.class");
    if (main == null) {
      throw new IllegalStateException("the template " + name + " is missing: were the templates compiled?");
    }
    int hash = Arrays.hashCode(main);
    byte[] block;
    for (int i = 1; (block = bytes("Jte" + name + "Generated$" + i + ".class")) != null; i++) {
      hash = 31 * hash + Arrays.hashCode(block);
    }
    return hash;
  }

  /** A class file of this package, null when there is none. */
  private static byte[] bytes(String resource) {
    try (InputStream in = Html.class.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
