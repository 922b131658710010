package roundtable.base.security;

/** Whether an address names a file the app serves from the class path, for the filters that answer before Vaadin. */
final class ClassPathFiles {

    private ClassPathFiles() {}

    /** A path that tries to climb out, is still escaped or doubles a slash is no file, whatever it resolves to. */
    static boolean exists(String path, String... roots) {
        if (path.contains("..") || path.contains("%") || path.contains("//")) {
            return false;
        }
        ClassLoader loader = ClassPathFiles.class.getClassLoader();
        for (String root : roots) {
            if (loader.getResource(root + path) != null) {
                return true;
            }
        }
        return false;
    }
}
