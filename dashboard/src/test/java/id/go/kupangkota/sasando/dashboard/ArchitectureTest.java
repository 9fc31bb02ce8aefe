package id.go.kupangkota.sasando.dashboard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;

import java.time.format.DateTimeFormatter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The walking skeleton's rules: UI never touches storage; features don't lean on each other in circles. */
class ArchitectureTest {
    static final String BASE = "id.go.kupangkota.sasando.dashboard";
    static final JavaClasses CLASSES = new ClassFileImporter()
            // the build directory may be moved (-Dsasando.build.dir), so match test-classes anywhere
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages(BASE);

    @Test
    void viewsAndOtherUiComponentsDoNotUseElasticsearch() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().resideInAPackage("co.elastic..")
                .check(CLASSES);
    }

    @Test
    void onlyRepositoriesAndTheEsPlumbingHoldTheClient() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().resideOutsideOfPackages(BASE + ".base.es..", BASE + ".report..")
                .and().haveSimpleNameNotEndingWith("Benchmark")
                .should().dependOnClassesThat().haveFullyQualifiedName("co.elastic.clients.elasticsearch.ElasticsearchClient")
                .check(CLASSES);
    }

    @Test
    void viewsWriteDaysAndTimesWithTheOneStyleOfBaseUi() {
        // three date styles on Ringkasan alone: every view writes them through base/ui's Dates
        noClasses().that().areAssignableTo(Component.class).and().resideOutsideOfPackage(BASE + ".base.ui..")
                .should().dependOnClassesThat().areAssignableTo(DateTimeFormatter.class)
                .check(CLASSES);
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void baseDependsOnNoFeature() {
        noClasses().that().resideInAPackage(BASE + ".base..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".overview..", BASE + ".trends..",
                        BASE + ".risk..", BASE + ".search..", BASE + ".accounts..", BASE + ".sources..",
                        BASE + ".admin..", BASE + ".report..", BASE + ".users..", BASE + ".audit..")
                .check(CLASSES);
    }
}
