package news.dispatch.measure.eval;

/** Counts for precision, recall and F1: true positives, predicted items, gold items. */
public record Score(long truePositives, long predicted, long gold) {

    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P %.4f  R %.4f  F1 %.4f  (tp %d, predicted %d, gold %d)", precision(), recall(), f1(),
                truePositives, predicted, gold);
    }
}
