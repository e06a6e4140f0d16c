package id.cadang.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.junit.jupiter.api.Test;

import id.cadang.model.SopPackage;

/**
 * Inside OSGi the package is announced through the org.eclipse.emf.ecore.generated_package extension,
 * so that EMF tools find the model without our code running first. Only that extension fills EMF's
 * nsURI-to-genmodel map (the package's own init() does not), so this fails when the extension is
 * ignored, e.g. when the bundle is not a singleton.
 */
class PackageRegistrationTest {

	@Test
	void theGeneratedPackageExtensionIsRead() {
		URI genModel = EcorePlugin.getEPackageNsURIToGenModelLocationMap(false).get(SopPackage.eNS_URI);

		assertEquals(URI.createURI("platform:/plugin/id.cadang.model/model/sop.genmodel"), genModel);
		assertEquals(SopPackage.eINSTANCE, org.eclipse.emf.ecore.EPackage.Registry.INSTANCE.getEPackage(SopPackage.eNS_URI));
	}
}
