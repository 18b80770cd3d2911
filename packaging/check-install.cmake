# `cmake --install` into a scratch DESTDIR yields exactly the app's files, and
# they agree with each other. Run by ctest (test packaging_install):
#   cmake -DBUILD_DIR=B -DSOURCE_DIR=S -DSTAGE=scratch-dir -DAPP_ID=id -DVERSION=v -P check-install.cmake
cmake_minimum_required(VERSION 3.22)

foreach(var BUILD_DIR SOURCE_DIR STAGE APP_ID VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check-install.cmake needs -D${var}=...")
    endif()
endforeach()

set(problems "")
macro(problem text)
    string(APPEND problems "\n  ${text}")
endmacro()

file(REMOVE_RECURSE "${STAGE}")
set(ENV{DESTDIR} "${STAGE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix /usr
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (exit ${status}):\n${out}")
endif()
set(root "${STAGE}/usr")

# Exactly these files: the binary, the desktop entry, the metainfo and the
# icons. Anything more (a test, the fake arXiv, a benchmark, a library) fails.
set(expected
    bin/paperboy
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg)
file(GLOB pngs RELATIVE "${SOURCE_DIR}/resources/icons" "${SOURCE_DIR}/resources/icons/paperboy-*.png")
set(sizes "")
foreach(png IN LISTS pngs)
    string(REGEX REPLACE "^paperboy-([0-9]+)\\.png$" "\\1" size "${png}")
    list(APPEND sizes ${size})
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
if(NOT sizes)
    problem("no PNG icons in ${SOURCE_DIR}/resources/icons")
endif()
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${root}" "${STAGE}/*")
list(SORT expected)
list(SORT installed)
foreach(f IN LISTS expected)
    if(NOT f IN_LIST installed)
        problem("missing: usr/${f}")
    endif()
endforeach()
foreach(f IN LISTS installed)
    if(NOT f IN_LIST expected)
        problem("not expected: usr/${f}")
    endif()
endforeach()

# The binary runs from where it was installed, and says its version.
if(EXISTS "${root}/bin/paperboy")
    execute_process(COMMAND "${root}/bin/paperboy" --version
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0 OR NOT out MATCHES "${VERSION}")
        problem("usr/bin/paperboy --version: exit ${status}, said '${out}${err}'")
    endif()
endif()

# Each PNG is as large as the folder it sits in (width and height from the IHDR chunk).
foreach(size IN LISTS sizes)
    set(png "${root}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
    if(EXISTS "${png}")
        file(READ "${png}" header OFFSET 16 LIMIT 8 HEX)
        string(SUBSTRING "${header}" 0 8 w)
        string(SUBSTRING "${header}" 8 8 h)
        math(EXPR w "0x${w}")
        math(EXPR h "0x${h}")
        if(NOT w EQUAL size OR NOT h EQUAL size)
            problem("${size}x${size}/apps/${APP_ID}.png is ${w}x${h}")
        endif()
    endif()
endforeach()

# The desktop entry starts the installed binary and names the installed icon.
set(desktop "${root}/share/applications/${APP_ID}.desktop")
if(EXISTS "${desktop}")
    file(STRINGS "${desktop}" lines)
    foreach(key Exec TryExec Icon)
        set(${key} "")
        foreach(line IN LISTS lines)
            if(line MATCHES "^${key}=(.*)$")
                set(${key} "${CMAKE_MATCH_1}")
            endif()
        endforeach()
    endforeach()
    string(REGEX REPLACE " .*" "" exec_program "${Exec}")
    if(NOT EXISTS "${root}/bin/${exec_program}" OR NOT TryExec STREQUAL exec_program)
        problem("desktop entry: Exec=${Exec}, TryExec=${TryExec}; installed: bin/paperboy")
    endif()
    if(NOT Icon STREQUAL APP_ID)
        problem("desktop entry: Icon=${Icon}, the icons are installed as ${APP_ID}")
    endif()
endif()

if(problems)
    message(FATAL_ERROR "The install into ${STAGE} is not as expected:${problems}")
endif()

# The installed tree as AppStream sees it: metainfo, desktop entry, icons.
execute_process(COMMAND "${CMAKE_COMMAND}" -DTREE=${root} -P "${CMAKE_CURRENT_LIST_DIR}/check-metadata.cmake"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree failed on ${root}")
endif()
list(LENGTH installed count)
message(STATUS "Installed ${count} files as expected into ${STAGE}")
file(REMOVE_RECURSE "${STAGE}")
