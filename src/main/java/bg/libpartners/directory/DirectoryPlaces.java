package bg.libpartners.directory;

import bg.libpartners.insight.OrganisationPlaces;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a library or chitalishte is, for the dashboards' scope checks: the directory's repository behind
 * {@link OrganisationPlaces}.
 */
@Component
class DirectoryPlaces implements OrganisationPlaces {

    private final JdbcClient jdbc;

    DirectoryPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Place> place(long organisationId) {
        return jdbc.sql(
                        "select id, name, kind, oblast_code, municipality_code, parent_id from organisation where id = :id")
                .param("id", organisationId)
                .query((rs, n) -> new Place(
                        rs.getLong(1),
                        rs.getString(2),
                        !"PARTNER".equals(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6) == null ? null : rs.getLong(6)))
                .optional();
    }
}
