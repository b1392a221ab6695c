package com.livermets.assistant.architecture;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules depend one way. Each may use only the modules listed for it, all of them
 * lower; a new dependency is a decision to make here, in review, not an import that slips
 * in. Reads the compiled classes (no Spring context), so it takes about a second.
 *
 * <pre>
 * channel.web, channel.sms, channel.portal   (never each other)
 *   -> chat -> conversation -> nlu -> text -> content
 *                           -> answerability -> text, content
 *           -> safety ------> nlu, text, content
 *   -> ratelimit -> privacy, content      http, startup, observability (beside the pipeline)
 * conversation, ratelimit, channel.sms -> state (where shared state lives: here or in Redis)
 * </pre>
 */
class ModuleDependencyTests {

	private static final String ROOT = "com.livermets.assistant";

	private static final List<String> MODULES = List.of("content", "text", "privacy", "http", "startup", "nlu",
			"answerability", "safety", "conversation", "chat", "ratelimit", "observability", "state", "channel.web",
			"channel.sms", "channel.portal");

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	/** Every module and the only modules it may use. */
	static LayeredArchitecture modules() {
		return layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("content")
			.definedBy(module("content"))
			.layer("text")
			.definedBy(module("text"))
			.layer("privacy")
			.definedBy(module("privacy"))
			.layer("http")
			.definedBy(module("http"))
			.layer("startup")
			.definedBy(module("startup"))
			.layer("nlu")
			.definedBy(module("nlu"))
			.layer("answerability")
			.definedBy(module("answerability"))
			.layer("safety")
			.definedBy(module("safety"))
			.layer("conversation")
			.definedBy(module("conversation"))
			.layer("chat")
			.definedBy(module("chat"))
			.layer("ratelimit")
			.definedBy(module("ratelimit"))
			.layer("observability")
			.definedBy(module("observability"))
			.layer("state")
			.definedBy(module("state"))
			.layer("channel.web")
			.definedBy(module("channel.web"))
			.layer("channel.sms")
			.definedBy(module("channel.sms"))
			.layer("channel.portal")
			.definedBy(module("channel.portal"))
			.layer("application")
			.definedBy(ROOT)
			.whereLayer("content")
			.mayNotAccessAnyLayer()
			.whereLayer("privacy")
			.mayNotAccessAnyLayer()
			.whereLayer("http")
			.mayNotAccessAnyLayer()
			// where shared state lives and how Redis is reached; it knows none of the
			// state
			.whereLayer("state")
			.mayNotAccessAnyLayer()
			.whereLayer("text")
			.mayOnlyAccessLayers("content")
			.whereLayer("startup")
			.mayOnlyAccessLayers("content")
			.whereLayer("nlu")
			.mayOnlyAccessLayers("content", "text", "startup")
			.whereLayer("safety")
			.mayOnlyAccessLayers("content", "text", "nlu")
			// which aspects the page answers is content; the conversation decides what to
			// do about it
			.whereLayer("answerability")
			.mayOnlyAccessLayers("content", "text")
			.whereLayer("conversation")
			.mayOnlyAccessLayers("content", "text", "nlu", "answerability", "state")
			.whereLayer("chat")
			.mayOnlyAccessLayers("content", "text", "conversation", "safety")
			// counts and waits; what a refusal says is the channels' and the content's
			.whereLayer("ratelimit")
			.mayOnlyAccessLayers("content", "privacy", "state")
			.whereLayer("observability")
			.mayOnlyAccessLayers("content", "nlu", "conversation", "safety", "chat")
			.whereLayer("channel.web")
			.mayOnlyAccessLayers("content", "safety", "chat", "ratelimit", "privacy", "http")
			.whereLayer("channel.sms")
			.mayOnlyAccessLayers("content", "safety", "chat", "ratelimit", "privacy", "state")
			.whereLayer("channel.portal")
			.mayOnlyAccessLayers("content", "safety", "chat", "ratelimit", "privacy", "http", "startup")
			.whereLayer("application")
			.mayNotBeAccessedByAnyLayer();
	}

	private static String module(String name) {
		return ROOT + "." + name + "..";
	}

	@Test
	void eachModuleUsesOnlyTheModulesBelowItThatItIsAllowedTo() {
		modules().check(PRODUCTION);
	}

	@Test
	void noPackagesDependOnEachOtherInACycle() {
		slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(PRODUCTION);
	}

	@Test
	void everyPackageBelongsToADeclaredModule() {
		String[] packages = Stream.concat(Stream.of(ROOT), MODULES.stream().map(ModuleDependencyTests::module))
			.toArray(String[]::new);
		classes().should()
			.resideInAnyPackage(packages)
			.because("a new package needs its place, and its allowed dependencies, in modules()")
			.check(PRODUCTION);
	}

	@Test
	void everyModuleSaysWhatItOwnsInItsPackageInfo() {
		for (String module : MODULES) {
			String packageInfo = (ROOT + "." + module).replace('.', '/') + "/package-info.class";
			assertThat(getClass().getClassLoader().getResource(packageInfo)).as(packageInfo).isNotNull();
		}
	}

	@Test
	void everyClassLogsThroughSlf4j() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.commons.logging..", "java.util.logging..", "org.apache.logging.log4j..")
			.because("one logging API (SLF4J) keeps the structured-log and no-message-text rules in one place")
			.check(PRODUCTION);
	}

}
