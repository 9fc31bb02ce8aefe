/**
 * Evaluation of the taggers against held-out labelled data and the trap set; produces the table in
 * {@code analytics/text/EVALUATION.md}.
 */
package id.go.kupangkota.sasando.text.eval;
