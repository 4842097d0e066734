package org.totalplace.spend.domain;

/** The mid-year (30 June) population estimate of an area, as the file names the area. */
public record PopulationFigure(String area, int year, long population) {
}
