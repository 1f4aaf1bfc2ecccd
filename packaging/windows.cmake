# packaging/windows.cmake: what a Windows build installs beside bin/socketlab.exe (Qt's DLLs and
# plugins, the MinGW runtime, Qt's own translations, qt.conf), and the two packages a teacher
# gives the lab PCs: SocketLab-<version>-win64-setup.exe (NSIS) and SocketLab-<version>-win64.zip
# (portable: unzip and run bin\socketlab.exe). scripts/bootstrap.sh windows makes both:
#   cpack --config build-windows/CPackConfig.cmake -B build-windows
# Included from the top-level CMakeLists.txt after every target exists.

set(SOCKETLAB_QT_PREFIX "${QT6_INSTALL_PREFIX}")
if(NOT SOCKETLAB_QT_PREFIX)
    get_filename_component(SOCKETLAB_QT_PREFIX "${Qt6_DIR}/../../.." ABSOLUTE)
endif()
set(SOCKETLAB_QT_HOST_TRANSLATIONS /usr/share/qt6/translations
    CACHE PATH "Where qtbase_pt_BR.qm is (Debian: qt6-translations-l10n); Qt for MinGW has none")

# Qt, the modules SocketLab links (Test is for the test suite only).
foreach(module Core Gui Widgets Network)
    install(FILES "${SOCKETLAB_QT_PREFIX}/bin/Qt6${module}.dll" DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()
# Plugins, found by Qt through qt.conf: the windows platform (minimal for headless runs without
# a desktop), the native style, the image formats the screenshots and icons use.
install(FILES "${SOCKETLAB_QT_PREFIX}/plugins/platforms/qwindows.dll"
              "${SOCKETLAB_QT_PREFIX}/plugins/platforms/qminimal.dll"
        DESTINATION ${CMAKE_INSTALL_BINDIR}/plugins/platforms)
install(FILES "${SOCKETLAB_QT_PREFIX}/plugins/styles/qwindowsvistastyle.dll"
        DESTINATION ${CMAKE_INSTALL_BINDIR}/plugins/styles)
install(DIRECTORY "${SOCKETLAB_QT_PREFIX}/plugins/imageformats/"
        DESTINATION ${CMAKE_INSTALL_BINDIR}/plugins/imageformats FILES_MATCHING PATTERN "*.dll")
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/qt.conf" "[Paths]\nPrefix=.\nPlugins=plugins\nTranslations=translations\n")
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/qt.conf" DESTINATION ${CMAKE_INSTALL_BINDIR})

# Qt's own texts in Portuguese (the buttons of its dialogs, "OK", "Cancel"...).
foreach(language pt_BR en)
    if(EXISTS "${SOCKETLAB_QT_HOST_TRANSLATIONS}/qtbase_${language}.qm")
        install(FILES "${SOCKETLAB_QT_HOST_TRANSLATIONS}/qtbase_${language}.qm"
                DESTINATION ${CMAKE_INSTALL_BINDIR}/translations)
    elseif(language STREQUAL "pt_BR")
        message(WARNING "qtbase_pt_BR.qm not found in ${SOCKETLAB_QT_HOST_TRANSLATIONS}: "
                        "install qt6-translations-l10n, or Qt's dialogs stay in English")
    endif()
endforeach()

# The MinGW runtime g++ links against.
foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
    find_file(SOCKETLAB_RUNTIME_${dll} ${dll} PATHS ${SOCKETLAB_MINGW_RUNTIME_DIRS}
              NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
    if(NOT SOCKETLAB_RUNTIME_${dll})
        message(FATAL_ERROR "${dll} not found in ${SOCKETLAB_MINGW_RUNTIME_DIRS}")
    endif()
    install(FILES "${SOCKETLAB_RUNTIME_${dll}}" DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()

# The licence (GPL-3.0-or-later) and the notices of what the package bundles (Qt, MinGW).
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/LICENSE"
              "${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md" DESTINATION .)

# The packages.
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_NAME SocketLab)
set(CPACK_PACKAGE_VENDOR SocketLab)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Laboratório de Sockets")
set(CPACK_PACKAGE_FILE_NAME "SocketLab-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY SocketLab)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY SocketLab)
set(CPACK_PACKAGE_EXECUTABLES socketlab "SocketLab")
set(CPACK_STRIP_FILES OFF) # the Qt DLLs are stripped already; strip would be the host's
set(CPACK_NSIS_PACKAGE_NAME "SocketLab ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "SocketLab ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\socketlab.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT "https://github.com/socketlab/socketlab")
# x86-64 (PE32+) installer: the default Target is 32-bit, which a 64-bit-only Wine cannot run.
set(CPACK_NSIS_DEFINES "Target amd64-unicode")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/socketlab.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/socketlab.ico")
# Per machine for an administrator, per user (no admin rights) for anyone else: our template.
list(PREPEND CMAKE_MODULE_PATH "${PROJECT_SOURCE_DIR}/packaging/windows")
set(CPACK_ZIP_COMPONENT_INSTALL OFF)
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/packaging/windows/cpack-options.cmake")

include(CPack)
