package news.akhbar.page;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu), run in process on a page's HTML: the errors it reports,
 * one line each with the line and column. Warnings and informational notes are not errors and are left out.
 */
final class NuChecker {

  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private NuChecker() {
  }

  /** The checker's errors for one HTML document, empty when it is valid. */
  static List<String> errors(String html) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
      }

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    SimpleDocumentValidator validator = new SimpleDocumentValidator();
    validator.setUpMainSchema(SCHEMA, handler);
    validator.setUpValidatorAndParsers(handler, false, false);
    InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setEncoding("UTF-8");
    validator.checkHtmlInputSource(source);
    return errors;
  }
}
