package bg.libpartners.insight;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.security.MatrixModule;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** The insight module's records for the role × endpoint table: an open dataset's name. */
public class InsightMatrix implements MatrixModule {

    @Override
    public void addRecords(ApplicationContext context, Map<String, CurrentUser> actors, Map<String, String> values) {
        values.put("open-data/dataset", "libraries");
    }
}
