package io.zpl.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.StereotypeLookup;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesDddRules;

/** The picture of the modules, enforced: a violation fails {@code ./mvnw verify}. */
@AnalyzeClasses(
        packages = "io.zpl",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /** Test jars of other modules (test fixtures, contract tests) are on the classpath but are not production code. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final String[] FRAMEWORKS_AND_IO = {
        "org.springframework..",
        "com.vaadin..",
        "org.jdbi..",
        "java.sql..",
        "javax.sql..",
        "io.github.resilience4j..",
        "jakarta.servlet..",
        "java.net.http..",
        "org.flywaydb..",
        "com.zaxxer..",
        "org.mariadb..",
        "com.fasterxml..",
        "tools.jackson.."
    };

    @ArchTest
    static final ArchRule core_knows_no_frameworks_or_io = noClasses()
            .that()
            .resideInAnyPackage("io.zpl.domain..", "io.zpl.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS_AND_IO)
            .because("the domain and the use cases are plain Java; adapters translate");

    @ArchTest
    static final ArchRule domain_does_not_know_the_application = noClasses()
            .that()
            .resideInAPackage("io.zpl.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.zpl.application..", "io.zpl.adapters..", "io.zpl.ui..", "io.zpl.config..");

    @ArchTest
    static final ArchRule application_does_not_know_adapters = noClasses()
            .that()
            .resideInAPackage("io.zpl.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.zpl.adapters..", "io.zpl.ui..", "io.zpl.config..", "io.zpl.demo..");

    @ArchTest
    static final ArchRule adapters_do_not_know_each_other =
            slices().matching("io.zpl.adapters.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule ui_does_not_know_adapters = noClasses()
            .that()
            .resideInAPackage("io.zpl.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.zpl.adapters..");

    @ArchTest
    static final ArchRule adapters_do_not_know_the_ui = noClasses()
            .that()
            .resideInAPackage("io.zpl.adapters..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.zpl.ui..");

    @ArchTest
    static final ArchRule ui_calls_use_cases_not_secondary_ports = noClasses()
            .that()
            .resideInAnyPackage("io.zpl.ui..", "io.zpl.adapters.rest..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.zpl.application.port.out..", "io.zpl.application.service..")
            .because("driving adapters talk to use cases (port.in) only");

    @ArchTest
    static final ArchRule nothing_depends_on_the_app_module = noClasses()
            .that()
            .resideOutsideOfPackages("io.zpl.config..", "io.zpl.demo..", "io.zpl")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.zpl.config..", "io.zpl.demo..");

    @ArchTest
    static final ArchRule ddd = JMoleculesDddRules.all();

    @ArchTest
    static final ArchRule hexagonal = JMoleculesArchitectureRules.ensureHexagonal(
            VerificationDepth.STRICT, StereotypeLookup.defaultLookup().withParentPackageTraversal());
}
