# packaging/: desktop integration files and the .deb (CPack). Included from the top-level
# CMakeLists.txt after every target exists; the binary's own install() is in app/CMakeLists.txt.
#   cmake --install build --prefix /tmp/x      # installs into a staging tree
#   cpack -G DEB -B build/pkg --config build/CPackConfig.cmake

set(SOCKETLAB_APP_ID io.github.socketlab.SocketLab)

install(FILES ${PROJECT_SOURCE_DIR}/resources/${SOCKETLAB_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/socketlab.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps
        RENAME ${SOCKETLAB_APP_ID}.png)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${SOCKETLAB_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# .deb for Debian 12 / Ubuntu 22.04+.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME socketlab)
set(CPACK_PACKAGE_VENDOR SocketLab)
set(CPACK_PACKAGE_CONTACT "SocketLab <socketlab@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Laboratório de Sockets: see sockets, connections and packets at work")
set(CPACK_PACKAGE_DESCRIPTION
"SocketLab is a desktop laboratory for learning how network sockets work:
TCP and UDP servers and clients, every connection and message, the socket
states the kernel reports and a Wireshark-like packet capture (libpcap).
Packet capture needs CAP_NET_RAW or membership of the wireshark group; see
the README.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)                      # socketlab_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "SocketLab <socketlab@example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Linked libraries (Qt, libpcap) come from dpkg-shlibdeps (package dpkg-dev); the rest is loaded
# at run time: the platform plugins (xcb, wayland) and Qt's own translations (qtbase_pt_BR.qm).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
# Capture through Wireshark's dumpcap when SocketLab itself may not capture.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "wireshark-common")

include(CPack)
