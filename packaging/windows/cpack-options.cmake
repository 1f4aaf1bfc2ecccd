# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE): the installer is called
# ...-win64-setup.exe, the portable archive ...-win64.zip.
if(CPACK_GENERATOR STREQUAL "NSIS")
    set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_FILE_NAME}-setup")
endif()
