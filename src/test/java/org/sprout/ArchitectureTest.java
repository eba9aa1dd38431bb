package org.sprout;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import org.sprout.projects.ProjectLifecycle;
import org.sprout.recognition.EmergenceScore;
import org.sprout.security.AccessPolicy;
import org.sprout.security.PasswordPolicy;
import org.sprout.ties.Cadence;
import org.sprout.ties.Standing;
import org.sprout.ties.Tie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules that keep Sprout readable as it grows: modules depend one way, rules
 * are plain Java, controllers are thin, entities guard their own lifecycle. See
 * {@code docs/architecture.md}.
 */
class ArchitectureTest {

	private static JavaClasses sprout;

	@BeforeAll
	static void importClasses() {
		sprout = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.sprout");
	}

	/** No two modules need each other: every dependency between them goes one way. */
	@Test
	void modulesDependOneWay() {
		slices().matching("org.sprout.(*)..").should().beFreeOfCycles().check(sprout);
	}

	/**
	 * Pages that combine features, and the demo data, sit on top: nothing below depends
	 * on them.
	 */
	@Test
	void nothingDependsOnTheTopLayer() {
		noClasses().that()
			.resideOutsideOfPackages("org.sprout.pages..", "org.sprout.demo..")
			.and()
			.doNotHaveFullyQualifiedName("org.sprout.SproutApplication")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.sprout.pages..", "org.sprout.demo..")
			.check(sprout);
	}

	/**
	 * How people stand to each other is the shared core: it uses no feature, and the
	 * people it is about only through the schema.
	 */
	@Test
	void tiesUseNoFeature() {
		classes().that()
			.resideInAPackage("org.sprout.ties..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("org.sprout.ties..", "java..", "jakarta.persistence..", "org.springframework..")
			.check(sprout);
	}

	/**
	 * Who may see what, the coach, the cadence, the emergence score, the project
	 * lifecycle, the password policy: small classes fed plain values, testable as tables,
	 * with no Spring, JPA or Hibernate inside.
	 */
	@Test
	void rulesArePlainJava() {
		classes().that()
			.belongToAnyOf(AccessPolicy.class, Standing.class, Tie.class, PasswordPolicy.class, Cadence.class,
					EmergenceScore.class, ProjectLifecycle.class)
			.or()
			.resideInAPackage("org.sprout.feedback.coach")
			.and()
			.doNotHaveSimpleName("CoachConfig")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("org.springframework..", "jakarta.persistence..", "org.hibernate..")
			.check(sprout);
	}

	/**
	 * Controllers bind, call services and choose a view: no repository in a controller.
	 */
	@Test
	void controllersCallServicesOnly() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.check(sprout);
	}

	/** A controller answers requests; it never calls another controller. */
	@Test
	void controllersDoNotCallEachOther() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Controller.class)
			.check(sprout);
	}

	/**
	 * Services take plain values: neither a form's errors nor the signed-in principal
	 * reaches them (they throw InvalidInput or EditConflict instead). Only the sign-in
	 * service makes principals.
	 */
	@Test
	void servicesTakePlainValues() {
		noClasses().that()
			.areAnnotatedWith(org.springframework.stereotype.Service.class)
			.and()
			.doNotHaveSimpleName("PersonUserDetailsService")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.validation.Errors")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.sprout.security.SproutUser")
			.check(sprout);
	}

	/**
	 * Entities hold the domain; requests, models and views are the controllers' business.
	 */
	@Test
	void entitiesDoNotKnowTheWeb() {
		noClasses().that()
			.areAnnotatedWith(jakarta.persistence.Entity.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.ui..")
			.check(sprout);
	}

	/**
	 * A status moves only through its lifecycle: no entity offers a public setter for it
	 * (a project starts with activate, ends with close).
	 */
	@Test
	void statusesChangeThroughTheirLifecycle() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(jakarta.persistence.Entity.class)
			.and()
			.haveNameMatching("setStatus")
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.allowEmptyShould(true)
			.check(sprout);
	}

}
