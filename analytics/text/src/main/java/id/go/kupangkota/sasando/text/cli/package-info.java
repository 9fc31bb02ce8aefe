/** Command-line entry points of the text module ({@code sasando tag}). */
package id.go.kupangkota.sasando.text.cli;
