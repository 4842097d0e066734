package org.totalplace.reporting.domain.open;

/** The licence of everything published as open data: the Open Government Licence v3.0. */
public final class Licence {

    public static final String NAME = "Open Government Licence v3.0";
    /** The identifier the Data Package specification uses for it. */
    public static final String ID = "OGL-UK-3.0";
    public static final String URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    private Licence() {
    }
}
