package news.dispatch.corpus;

/** Receives what a corpus walk finds, in file order. Called from the walking thread only. */
public interface CorpusVisitor {
    void article(Article article);

    void problem(Problem problem);
}
