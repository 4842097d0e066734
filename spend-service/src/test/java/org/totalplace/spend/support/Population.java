package org.totalplace.spend.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Stored population figures, read with plain SQL over a connection of its own. */
@ApplicationScoped
public class Population {

    private final DataSource dataSource;

    Population(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Long> of(String dataset, String area, int year) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select population from population where dataset = ? and area = ? and year = ?")) {
            select.setString(1, dataset);
            select.setString(2, area);
            select.setInt(3, year);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** year → sum of the dataset's figures that year. */
    public Map<Integer, Long> totalsByYear(String dataset) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select year, sum(population) from population where dataset = ? group by year order by year")) {
            select.setString(1, dataset);
            Map<Integer, Long> totals = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    totals.put(rows.getInt(1), rows.getLong(2));
                }
            }
            return totals;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
