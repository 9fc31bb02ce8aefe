/** Who may see what: Spring Security with Vaadin's configurer, the login view and the three roles. */
package id.go.kupangkota.sasando.dashboard.base.security;
