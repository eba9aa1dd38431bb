package org.sprout;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

import org.sprout.feedback.Cadence;
import org.sprout.projects.ProjectLifecycle;
import org.sprout.recognition.EmergenceScore;
import org.sprout.security.AccessPolicy;
import org.sprout.security.PasswordPolicy;
import org.sprout.security.Relation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rules that keep Sprout readable as it grows: rules are plain Java,
 * controllers stay out of each other's way.
 */
class ArchitectureTest {

	private static JavaClasses sprout;

	@BeforeAll
	static void importClasses() {
		sprout = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.sprout");
	}

	/**
	 * Who may see what, the coach, the cadence, the emergence score, the project
	 * lifecycle, the password policy: small classes fed plain values, testable as tables,
	 * with no Spring, JPA or Hibernate inside.
	 */
	@Test
	void rulesArePlainJava() {
		classes().that()
			.belongToAnyOf(AccessPolicy.class, Relation.class, PasswordPolicy.class, Cadence.class,
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

}
