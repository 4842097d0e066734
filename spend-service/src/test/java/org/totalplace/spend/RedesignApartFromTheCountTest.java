package org.totalplace.spend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Financial implications of redesign are never mixed into the count: the redesign classes neither tell the count
 * its inputs changed nor read what it counted, and the count knows nothing of redesign.
 */
class RedesignApartFromTheCountTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.totalplace.spend");

    private static final String[] REDESIGN = {"RedesignProposal", "RedesignProposals", "RedesignProposalChanged",
            "ProposalRules", "ProposalTerms", "ProposedFlow", "CashFlow", "FinancialImplications", "ScenarioOutcome",
            "PilotRedesignProposalResource", "RedesignProposalResource", "RedesignJson"};

    @Test
    void redesignShouldNeitherFeedNorReadTheCount() {
        noClasses().that().haveSimpleName(REDESIGN[0]).or().haveSimpleName(REDESIGN[1])
                .or().haveSimpleName(REDESIGN[2]).or().haveSimpleName(REDESIGN[3]).or().haveSimpleName(REDESIGN[4])
                .or().haveSimpleName(REDESIGN[5]).or().haveSimpleName(REDESIGN[6]).or().haveSimpleName(REDESIGN[7])
                .or().haveSimpleName(REDESIGN[8]).or().haveSimpleName(REDESIGN[9]).or().haveSimpleName(REDESIGN[10])
                .or().haveSimpleName(REDESIGN[11])
                .should().dependOnClassesThat().haveSimpleName("CountInputsChanged")
                .orShould().dependOnClassesThat().haveSimpleName("SpendLine")
                .orShould().dependOnClassesThat().haveSimpleName("TopDownEstimate")
                .check(CLASSES);
    }

    @Test
    void theCountShouldKnowNothingOfRedesign() {
        noClasses().that().haveSimpleName("CountInputsChanged").or().haveSimpleName("SpendLine")
                .or().haveSimpleName("SpendLineService").or().haveSimpleName("TopDownEstimates")
                .should().dependOnClassesThat().haveSimpleNameContaining("Redesign")
                .orShould().dependOnClassesThat().haveSimpleName("FinancialImplications")
                .check(CLASSES);
    }
}
