package news.akhbar.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The compiled main classes, imported once for every architecture test in the run. */
final class MainClasses {

  private static JavaClasses classes;

  private MainClasses() {
  }

  static synchronized JavaClasses get() {
    if (classes == null) {
      classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("news.akhbar");
    }
    return classes;
  }
}
