<#include "/" + tone + "/" + step + ".ftl">${sms}
