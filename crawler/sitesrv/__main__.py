import sys

from crawler.sitesrv import main

main(sys.argv[1:])
