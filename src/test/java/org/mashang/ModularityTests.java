package org.mashang;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails when a module reaches into another module's internals or modules depend on each other in a cycle. */
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

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
