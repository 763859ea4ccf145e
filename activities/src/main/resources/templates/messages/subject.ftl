<#include "/" + tone + "/" + step + ".ftl">${subject}
