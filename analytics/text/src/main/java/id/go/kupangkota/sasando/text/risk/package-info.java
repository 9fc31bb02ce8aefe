/**
 * Risk tagging for the six categories Diskominfo watches (radikalisme, terorisme, intoleransi,
 * ujaran_kebencian, hoaks, provokasi): weighted phrase lexicons localised for Kota Kupang, context
 * rules against false alarms, and the stance (promoting / reporting / countering) that keeps news
 * reports and prevention campaigns out of the alerts.
 */
package id.go.kupangkota.sasando.text.risk;
