package org.totalplace.spend.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** Imports a one-line ledger through the API and reads the recount's marks and stored figures straight from SQL. */
@ApplicationScoped
public class RecountMarks {

    private final DataSource dataSource;

    RecountMarks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Imports one education line of {@code amount} into a new Gateshead submission; returns the submission id. */
    public String importSmallLedger(UUID pilot, String year, String amount) {
        String submission = Submissions.open(pilot, "Gateshead Council", year);
        upload(submission, amount);
        return submission;
    }

    /** The same, returning the import's id. */
    public String importSmallLedgerReturningImport(UUID pilot, String year, String amount) {
        return upload(Submissions.open(pilot, "Gateshead Council", year), amount);
    }

    private static String upload(String submission, String amount) {
        String csv = "Service,Ref,Period,Supplier,Amount,Date\nEducation," + UUID.randomUUID() + ",201106,BOOKS LTD,"
                + amount + ",2011-09-05\n";
        return Submissions.csvUpload(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/submissions/{id}/imports", submission)
                .then().statusCode(201).contentType(ContentType.JSON).extract().path("id");
    }

    public boolean marked(UUID pilot, String year) {
        return query("select count(*) from count_due where pilot_id = ? and financial_year = ?", pilot, year)
                .equals("1");
    }

    /** The bottom-up counted total of the newest stored count (any rule version), or null before any count. */
    public String latestBottomUpTotal(UUID pilot, String year) {
        return query("""
                select sum(amount)::text from counted_figure
                where pilot_id = ? and financial_year = ? and method = 'bottom-up' and treatment = 'counted'
                  and rule_version = (select max(version) from counting_rule_set where status = 'PUBLISHED')""",
                pilot, year);
    }

    private String query(String sql, UUID pilot, String year) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, pilot);
            statement.setString(2, year);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
