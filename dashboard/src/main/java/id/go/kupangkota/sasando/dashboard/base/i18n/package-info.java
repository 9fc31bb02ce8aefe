/**
 * What services say to users without knowing their language: a refusal carries a translation key and
 * its parameters, and the view that shows it translates it.
 */
package id.go.kupangkota.sasando.dashboard.base.i18n;
