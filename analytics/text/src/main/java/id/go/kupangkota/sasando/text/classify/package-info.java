/**
 * Supervised text classification (sentiment, emotion): hashed n-gram features over normalised text,
 * a compact multinomial logistic-regression model shipped as a resource, and the sentiment lexicon
 * that is both a feature, the fallback for posts of emoji only, and the human-readable explanation.
 */
package id.go.kupangkota.sasando.text.classify;
