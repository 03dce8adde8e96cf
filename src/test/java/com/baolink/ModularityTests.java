package com.baolink;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules (one per top-level package, described in its {@code package-info.java})
 * depend on each other only through their public types and never in a cycle. The module
 * documentation (a component diagram, one per module, and the module canvases) is written to
 * {@code target/spring-modulith-docs}; the overall diagram is also committed as
 * {@code docs/modules/components.puml} and must match what the code says (line for line, in any order). After a change of module
 * dependencies, refresh it with {@code -Dbaolink.modules.write-docs=true}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(BaolinkApplication.class);

	static final Path COMMITTED_DIAGRAM = Path.of("docs", "modules", "components.puml");

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
		modules.verify();
	}

	/**
	 * Infrastructure is an open module (every module may use any of its packages), so Modulith's
	 * cycle check does not see it: this rule keeps it below every feature module.
	 */
	@Test
	void infrastructureDependsOnNoFeatureModule() {
		var production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.baolink.infrastructure");
		classes().that()
			.resideInAPackage("com.baolink.infrastructure..")
			.should()
			.onlyDependOnClassesThat(or(resideOutsideOfPackage("com.baolink.."),
					resideInAnyPackage("com.baolink.infrastructure..", "com.baolink.engine..")))
			.check(production);
	}

	@Test
	void committedModuleDiagramIsCurrent() throws IOException {
		Path output = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
			.writeDocumentation(Documenter.DiagramOptions.defaults(), Documenter.CanvasOptions.defaults());
		String generated = Files.readString(output.resolve("components.puml"), StandardCharsets.UTF_8);
		if (Boolean.getBoolean("baolink.modules.write-docs")) {
			Files.createDirectories(COMMITTED_DIAGRAM.getParent());
			Files.writeString(COMMITTED_DIAGRAM, generated, StandardCharsets.UTF_8);
		}
		assertThat(COMMITTED_DIAGRAM).as("docs/modules/components.puml; refresh with -Dbaolink.modules.write-docs=true")
			.exists();
		// The documenter lists modules and relations in no fixed order: the same lines are the same diagram.
		assertThat(Files.readAllLines(COMMITTED_DIAGRAM, StandardCharsets.UTF_8))
			.as("docs/modules/components.puml is stale; refresh with -Dbaolink.modules.write-docs=true")
			.containsExactlyInAnyOrderElementsOf(generated.lines().toList());
	}

}
