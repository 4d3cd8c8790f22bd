package org.ansoplatform;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** What Spring Modulith does not check: where web code lives, what is public, what controllers return. */
@Execution(ExecutionMode.CONCURRENT)
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ansoplatform");

    @Test
    void webCodeLivesOnlyInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .or().areAnnotatedWith(ControllerAdvice.class).or().areAnnotatedWith(RestControllerAdvice.class)
                .should().resideInAPackage("..web..")
                .check(CLASSES);
    }

    @Test
    void nothingOutsideWebPackagesDependsOnWebPackages() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("org.ansoplatform..web..")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .and().areInterfaces()
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void controllersNeverReturnEntities() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should(new ArchCondition<>("not return persistent entities") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (mentionsEntity(method.getReturnType())) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns an entity"));
                        }
                    }
                })
                .check(CLASSES);
    }

    private static boolean mentionsEntity(JavaType type) {
        if (type.toErasure().isAnnotatedWith(Table.class)) {
            return true;
        }
        if (type instanceof JavaParameterizedType parameterized) {
            return parameterized.getActualTypeArguments().stream().anyMatch(ArchitectureTests::mentionsEntity);
        }
        return false;
    }

    @Test
    void entitiesAreNotPublic() {
        classes().that().areAnnotatedWith(Table.class).should().notBePublic().check(CLASSES);
    }

}
