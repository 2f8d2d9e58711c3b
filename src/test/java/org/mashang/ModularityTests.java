package org.mashang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails when a module reaches into another module's internals or modules depend on each other in a cycle. */
@Tag("integration") // reads every class of the application: too slow for the unit layer
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MashangApplication.class);

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

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
