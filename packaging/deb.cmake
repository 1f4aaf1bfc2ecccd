# The .deb for Debian 12 / Ubuntu 22.04+, made to pass lintian (tests/tst_packaging.sh runs it):
# Debian's documentation files, a maintainer that is the project's, strict permissions.

set(SOCKETLAB_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/socketlab)
set(SOCKETLAB_GZIPPED_DOCS ${PROJECT_BINARY_DIR}/packaging)
# Debian wants its changelogs gzipped with -9 and without a timestamp (-n): the same bytes on
# every build. changelog.Debian.gz is the package's history, changelog.gz the project's.
add_custom_command(
    OUTPUT ${SOCKETLAB_GZIPPED_DOCS}/changelog.Debian.gz ${SOCKETLAB_GZIPPED_DOCS}/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${SOCKETLAB_GZIPPED_DOCS}
    COMMAND gzip -9n -c ${CMAKE_CURRENT_LIST_DIR}/debian/changelog > ${SOCKETLAB_GZIPPED_DOCS}/changelog.Debian.gz
    COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/CHANGELOG.md > ${SOCKETLAB_GZIPPED_DOCS}/changelog.gz
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/debian/changelog ${PROJECT_SOURCE_DIR}/CHANGELOG.md
    COMMENT "Compressing the changelogs"
)
add_custom_target(socketlab_docs ALL
    DEPENDS ${SOCKETLAB_GZIPPED_DOCS}/changelog.Debian.gz ${SOCKETLAB_GZIPPED_DOCS}/changelog.gz)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright ${SOCKETLAB_THIRD_PARTY_NOTICES_FILE}
              ${SOCKETLAB_GZIPPED_DOCS}/changelog.Debian.gz ${SOCKETLAB_GZIPPED_DOCS}/changelog.gz
        DESTINATION ${SOCKETLAB_DOC_DIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)                      # socketlab_0.2.0-1_amd64.deb
# Debian revision 1: a package of the upstream release, with its changelog.Debian.gz.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SOCKETLAB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# Linked libraries (Qt, libpcap) come from dpkg-shlibdeps (package dpkg-dev); the rest is loaded
# at run time: the platform plugins (xcb, wayland) and Qt's own translations (qtbase_pt_BR.qm).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
# Capture through Wireshark's dumpcap when SocketLab itself may not capture.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "wireshark-common")
# Control files as dpkg-deb wants them, whatever the umask of whoever builds (directories:
# CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS in the top-level CMakeLists.txt).
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
