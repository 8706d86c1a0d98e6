package bg.libpartners.survey;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts the shipped inventory questionnaire in the database on the first start (every start checks). */
@Component
@Order(45)
class InventorySeeder implements ApplicationRunner {

    private final Questionnaires questionnaires;
    private final Inventory inventory;
    private final QuestionnaireService service;
    private final Clock clock;

    InventorySeeder(Questionnaires questionnaires, Inventory inventory, QuestionnaireService service, Clock clock) {
        this.questionnaires = questionnaires;
        this.inventory = inventory;
        this.service = service;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!questionnaires.existsByCode(Inventory.CODE)) {
            questionnaires.save(new Questionnaire(
                    Inventory.CODE,
                    1,
                    inventory.text("survey.inventory.title").bg(),
                    inventory.text("survey.inventory.title").en(),
                    service.write(inventory.definition()),
                    true,
                    null,
                    clock.instant()));
        }
    }

    /** The id of the newest inventory version. */
    long inventoryId() {
        run(null);
        return questionnaires
                .findFirstByCodeOrderByVersionNoDesc(Inventory.CODE)
                .orElseThrow()
                .getId();
    }
}
