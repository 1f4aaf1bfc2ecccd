# packaging/: desktop integration, documentation, manual pages and the packages (CPack).
# Included from the top-level CMakeLists.txt after every target exists; the binary's own
# install() is in app/CMakeLists.txt.
#   cmake --build build                                # also makes the manual pages and docs
#   cmake --install build --prefix /tmp/x              # installs into a staging tree
#   cpack -G DEB -B build/pkg --config build/CPackConfig.cmake

set(SOCKETLAB_APP_ID io.github.socketlab.socketlab)
# The project's address, stated once: the .deb's Maintainer (and the changelog's, checked by
# tests/tst_packaging.sh). A GitHub noreply address: mail to it goes nowhere, issues do.
set(SOCKETLAB_MAINTAINER "SocketLab developers <socketlab@users.noreply.github.com>")
# What every package shows as its license (the Windows installer's license page included:
# CPACK_RESOURCE_FILE_LICENSE), and the notices for the libraries the binaries use or bundle.
set(SOCKETLAB_LICENSE_FILE ${PROJECT_SOURCE_DIR}/LICENSE)
set(SOCKETLAB_THIRD_PARTY_NOTICES_FILE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md)

install(FILES ${PROJECT_SOURCE_DIR}/resources/${SOCKETLAB_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# hicolor PNGs (16 to 256 px) and the scalable SVG they are rendered from (scripts/make-icons.sh).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${SOCKETLAB_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

if(NOT WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/manpages.cmake)
    include(${CMAKE_CURRENT_LIST_DIR}/deb.cmake)
endif()

set(CPACK_PACKAGE_NAME socketlab)
set(CPACK_PACKAGE_VENDOR SocketLab)
set(CPACK_PACKAGE_CONTACT "${SOCKETLAB_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Laboratório de Sockets: see sockets, connections and packets at work")
set(CPACK_PACKAGE_DESCRIPTION
"SocketLab is a desktop laboratory for learning how network sockets work:
TCP and UDP servers and clients, every connection and message, the socket
states the kernel reports and a Wireshark-like packet capture (libpcap).
Packet capture needs CAP_NET_RAW or membership of the wireshark group; see
socketlab(1).")
set(CPACK_RESOURCE_FILE_LICENSE ${SOCKETLAB_LICENSE_FILE})
set(CPACK_STRIP_FILES ON)

include(CPack)
