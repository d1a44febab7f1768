package io.zpl.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Declaring any stylesheet here means the theme must be declared too (Vaadin 25): Lumo, then our
 * small additions, all plain static resources so the pre-compiled frontend bundle still serves.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {}
