/**
 * What every module uses: layout, i18n, security configuration, error handling, configuration properties.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package bg.libpartners.platform;
