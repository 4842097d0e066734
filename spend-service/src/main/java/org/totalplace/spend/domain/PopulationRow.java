package org.totalplace.spend.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of an ONS population file as shipped (wide: {@code year}, then one column per area): either loaded, with
 * a figure per area, or rejected with the line, the column at fault and why. A row is taken whole or not at all, so
 * a year never has some areas' figures and not others'.
 */
public sealed interface PopulationRow {

    Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");
    Pattern COUNT = Pattern.compile("[0-9]{1,10}");

    record Loaded(long line, int year, List<PopulationFigure> figures) implements PopulationRow {

        public Loaded {
            figures = List.copyOf(figures);
        }
    }

    record Rejected(long line, String column, String reason) implements PopulationRow {
    }

    /**
     * @param line   the physical line of the row in the file (the header is line 1)
     * @param header the file's header: {@code year}, then the area names
     * @param values the row's fields
     */
    static PopulationRow read(long line, List<String> header, List<String> values) {
        if (values.size() != header.size()) {
            return new Rejected(line, null, "has " + values.size() + " fields; the header has " + header.size());
        }
        String yearText = values.get(0).strip();
        if (!YEAR.matcher(yearText).matches()) {
            return new Rejected(line, header.get(0), "'" + values.get(0) + "' is not a year");
        }
        int year = Integer.parseInt(yearText);
        List<PopulationFigure> figures = new ArrayList<>();
        for (int i = 1; i < header.size(); i++) {
            String text = values.get(i).strip();
            if (!COUNT.matcher(text).matches()) {
                return new Rejected(line, header.get(i), text.isEmpty() ? "is blank"
                        : "'" + values.get(i) + "' is not a whole number of people");
            }
            figures.add(new PopulationFigure(header.get(i), year, Long.parseLong(text)));
        }
        return new Loaded(line, year, figures);
    }

    /**
     * Why a header cannot be read as a population file (null when it can): it must start with {@code year} and name
     * each area once.
     */
    static String headerProblem(List<String> header) {
        if (header.isEmpty() || !"year".equals(header.get(0).strip())) {
            return "the first column must be 'year'";
        }
        if (header.size() < 2) {
            return "there is no area column";
        }
        List<String> seen = new ArrayList<>();
        for (String column : header.subList(1, header.size())) {
            if (column.isBlank()) {
                return "an area column has no name";
            }
            if (seen.contains(column)) {
                return "the area column '" + column + "' appears twice";
            }
            seen.add(column);
        }
        return null;
    }
}
