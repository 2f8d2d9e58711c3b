package org.mashang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails when a module reaches into another module's internals or modules depend on each other in a cycle. */
@Tag("integration") // reads every class of the application: too slow for the unit layer
@Execution(ExecutionMode.CONCURRENT) // reads class files only: runs beside the tests that share the database
class ModularityTests {

    /** Read once for the class: reading every class of the application is what this test costs. */
    private static final ApplicationModules modules = ApplicationModules.of(MashangApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void theCheckCatchesAModuleReachingIntoAnothersInternals() {
        var broken = ApplicationModules.of(org.mashang.fixtures.brokenmodules.BrokenApplication.class,
                location -> true); // the fixture lives among the test classes
        assertThatThrownBy(broken::verify).hasMessageContaining("internal");
    }

    /** Nearly every module knows who is acting through accounts; the landing pages that gather the others are console's. */
    @Test
    void accountsStaysBelowTheModulesTheLandingPagesGather() {
        var accounts = modules.getModuleByName("accounts").orElseThrow();
        assertThat(accounts.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .doesNotContain("calendar", "signs", "console");
    }

    /**
     * The module map for people (PlantUML, target/spring-modulith-docs): one diagram of all modules and one per module,
     * each naming the module and, for cases, what it is built on.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        String all = Files.readString(folder.resolve("components.puml"));
        for (ApplicationModule module : modules) {
            assertThat(all).as("the map of all modules").contains(module.getDisplayName());
            Path own = folder.resolve("module-" + module.getName() + ".puml");
            assertThat(own).as("the diagram of %s", module.getName()).exists();
            assertThat(Files.readString(own)).contains(module.getDisplayName());
        }
        var cases = modules.getModuleByName("cases").orElseThrow();
        String casesDiagram = Files.readString(folder.resolve("module-cases.puml"));
        cases.getDirectDependencies(modules).uniqueModules()
                .forEach(used -> assertThat(casesDiagram).as("cases' diagram shows it uses %s", used.getName())
                        .contains(used.getDisplayName()));
    }
}
