package org.totalplace.governance.domain;

/**
 * The score and RAG rating of a risk or issue. Pure.
 *
 * <p>Score = probability x impact, each 1..5, so 1..25. An issue has already happened, so it is scored as
 * certain: probability 5. The thresholds are our choice (the programme's papers name none): a score of 15 or
 * more is RED (e.g. likely and major), 8 to 14 AMBER, below 8 GREEN.
 */
public record RaidScore(int score, Rag rag) {

    public static final int CERTAIN = 5;
    public static final int RED_FROM = 15;
    public static final int AMBER_FROM = 8;

    /** @param probability 1..5 for a risk; null for an issue (it has happened) */
    public static RaidScore of(Integer probability, int impact) {
        int likelihood = probability == null ? CERTAIN : probability;
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("probability and impact are 1..5");
        }
        int score = likelihood * impact;
        return new RaidScore(score, ragOf(score));
    }

    static Rag ragOf(int score) {
        if (score >= RED_FROM) {
            return Rag.RED;
        }
        return score >= AMBER_FROM ? Rag.AMBER : Rag.GREEN;
    }
}
